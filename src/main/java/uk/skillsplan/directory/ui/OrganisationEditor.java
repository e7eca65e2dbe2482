package uk.skillsplan.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.FieldErrorBinder;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.directory.LocalAuthority;
import uk.skillsplan.directory.OrganisationDraft;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.directory.SicSection;
import uk.skillsplan.directory.SizeBand;

/** Create or edit one organisation. The service checks everything; its messages appear next to the fields. */
class OrganisationEditor extends Dialog {

    final Select<OrganisationKind> kind = new Select<>();
    final TextField name = new TextField("Name");
    final ComboBox<LocalAuthority> localAuthority = new ComboBox<>("Local authority");
    final ComboBox<SicSection> sicSection = new ComboBox<>("Industry (SIC 2007 section)");
    final Select<SizeBand> sizeBand = new Select<>();
    final TextField companiesHouseNumber = new TextField("Companies House number (optional)");
    final Button save = new Button("Save");
    final Button toggleActive = new Button();
    private final FieldErrorBinder errors = new FieldErrorBinder();

    OrganisationEditor(OrganisationService organisations, ReferenceDataService referenceData, boolean admin,
                       OrganisationSummary existing, Runnable onSaved) {
        setHeaderTitle(existing == null ? "Add organisation" : "Edit " + existing.name());
        kind.setLabel("Kind");
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(OrganisationKind::label);
        kind.setRequiredIndicatorVisible(true);
        name.setRequired(true);
        name.setMaxLength(200);
        List<LocalAuthority> choices = admin ? referenceData.localAuthorities()
                : organisations.myArea().map(a -> referenceData.localAuthoritiesIn(a.code())).orElse(List.of());
        localAuthority.setItems(choices);
        localAuthority.setItemLabelGenerator(la -> la.name() + " (" + la.ladCode() + ")");
        localAuthority.setRequired(true);
        sicSection.setItems(referenceData.sicSections());
        sicSection.setItemLabelGenerator(SicSection::label);
        sicSection.setHelperText("Required for employers");
        sizeBand.setLabel("Size band (employment at this site)");
        sizeBand.setItems(SizeBand.values());
        // The generator also labels the empty choice (null), so it must not dereference the band.
        sizeBand.setItemLabelGenerator(band -> band == null ? "" : band.label());
        sizeBand.setEmptySelectionAllowed(true);
        sizeBand.setHelperText("Required for employers");
        companiesHouseNumber.setHelperText("8 characters, for example 01234567 or SC123456");
        companiesHouseNumber.setMaxLength(10);
        errors.field("kind", kind).field("name", name).field("ladCode", localAuthority).field("sicSection", sicSection)
                .field("sizeBand", sizeBand).field("companiesHouseNumber", companiesHouseNumber);

        if (existing != null) {
            kind.setValue(existing.kind());
            name.setValue(existing.name());
            choices.stream().filter(la -> la.ladCode().equals(existing.ladCode())).findFirst().ifPresent(localAuthority::setValue);
            referenceData.sicSections().stream().filter(s -> s.code().equals(existing.sicSection())).findFirst()
                    .ifPresent(sicSection::setValue);
            sizeBand.setValue(existing.sizeBand());
            companiesHouseNumber.setValue(existing.companiesHouseNumber() == null ? "" : existing.companiesHouseNumber());
        } else {
            kind.setValue(OrganisationKind.EMPLOYER);
        }
        FormLayout form = new FormLayout(kind, name, localAuthority, sicSection, sizeBand, companiesHouseNumber);
        add(errors.formMessage(), form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            OrganisationDraft draft = new OrganisationDraft(kind.getValue(), name.getValue(),
                    localAuthority.getValue() == null ? null : localAuthority.getValue().ladCode(),
                    sicSection.getValue() == null ? null : sicSection.getValue().code(), sizeBand.getValue(),
                    companiesHouseNumber.getValue());
            try {
                OrganisationSummary saved = existing == null ? organisations.create(draft)
                        : organisations.update(existing.id(), draft);
                Notices.success("Saved " + saved.name() + ".");
                onSaved.run();
                close();
            } catch (ValidationException problem) {
                errors.show(problem);
            }
        });
        Button cancel = new Button("Cancel", click -> close());
        if (existing != null) {
            toggleActive.setText(existing.active() ? "Deactivate" : "Reactivate");
            toggleActive.addThemeVariants(existing.active() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST);
            toggleActive.addClickListener(click -> {
                organisations.setActive(existing.id(), !existing.active());
                Notices.success((existing.active() ? "Deactivated " : "Reactivated ") + existing.name() + ".");
                onSaved.run();
                close();
            });
            getFooter().add(toggleActive);
        }
        getFooter().add(cancel, save);
        setWidth("min(40rem, 95vw)");
    }
}
