package uk.skillsplan.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.FieldErrorBinder;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.directory.LikelyDuplicate;
import uk.skillsplan.directory.OrganisationMergeService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.security.Roles;

/**
 * The ERB lead's likely duplicates: pairs of employers that are probably one, to merge one into the
 * other, and employers that registered themselves on the join page, to confirm or merge.
 */
@Route(DuplicatesView.ROUTE)
@PageTitle("Likely duplicates | SkillsPlan")
@RolesAllowed({Roles.ERB_LEAD, Roles.ADMIN})
public class DuplicatesView extends Div {

    public static final String ROUTE = "organisations/duplicates";

    final Grid<LikelyDuplicate> pairs = new Grid<>(LikelyDuplicate.class, false);
    final Button keepFirst = new Button("Keep the first, merge the second into it");
    final Button keepSecond = new Button("Keep the second, merge the first into it");
    final Grid<OrganisationSummary> awaiting = new Grid<>(OrganisationSummary.class, false);
    final Button confirm = new Button("Confirm as a separate organisation");

    private final OrganisationMergeService merges;
    private final FieldErrorBinder mergeErrors = new FieldErrorBinder();

    DuplicatesView(OrganisationMergeService merges) {
        this.merges = merges;
        addClassName("sp-view");
        pairs.addColumn(d -> describe(d.first())).setHeader("First").setFlexGrow(3);
        pairs.addColumn(d -> describe(d.second())).setHeader("Second").setFlexGrow(3);
        pairs.addColumn(LikelyDuplicate::reason).setHeader("Why").setFlexGrow(2);
        pairs.addColumn(d -> d.selfRegistered() ? "Yes" : "").setHeader("Joined by itself").setAutoWidth(true);
        pairs.setAriaLabel("Likely duplicate organisations");
        pairs.setEmptyStateText("No likely duplicates in your area.");
        pairs.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        pairs.setHeight("20rem");
        pairs.asSingleSelect().addValueChangeListener(change -> enableMerge());
        keepFirst.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepFirst.addClickListener(click -> merge(true));
        keepSecond.addClickListener(click -> merge(false));
        Div mergeButtons = new Div(keepFirst, keepSecond);
        mergeButtons.addClassName("sp-toolbar");

        awaiting.addColumn(this::describe).setHeader("Organisation").setFlexGrow(3);
        awaiting.addColumn(o -> o.sicSection() + ", " + (o.sizeBand() == null ? "" : o.sizeBand().label()))
                .setHeader("Industry and size").setFlexGrow(1);
        awaiting.setAriaLabel("Organisations that joined by themselves, to confirm");
        awaiting.setEmptyStateText("No organisation waits for confirmation.");
        awaiting.setHeight("14rem");
        awaiting.asSingleSelect().addValueChangeListener(change -> confirm.setEnabled(change.getValue() != null));
        confirm.addClickListener(click -> confirm());

        add(new H1("Likely duplicates"),
                new Paragraph("Employers of your area that are probably the same: the same Companies House number, or "
                        + "the same name (ignoring case, punctuation and words such as Ltd, Limited, PLC and The) in the "
                        + "same local authority. Merging moves the contacts, accounts, responses and invitations of one "
                        + "to the other and retires it; it is refused if both answered the same survey round."),
                new H2("Pairs to check"), pairs, mergeErrors.formMessage(), mergeButtons,
                new H2("Joined by themselves"),
                new Paragraph("Businesses that joined a round on the public join page. Confirm each that is a real, "
                        + "separate employer; merge the others above."), awaiting, confirm);
        refresh();
    }

    private String describe(OrganisationSummary o) {
        return o.name() + " (" + o.localAuthorityName()
                + (o.companiesHouseNumber() == null ? "" : ", Companies House " + o.companiesHouseNumber()) + ")";
    }

    private void enableMerge() {
        boolean chosen = pairs.asSingleSelect().getValue() != null;
        keepFirst.setEnabled(chosen);
        keepSecond.setEnabled(chosen);
    }

    private void merge(boolean keepTheFirst) {
        LikelyDuplicate pair = pairs.asSingleSelect().getValue();
        if (pair == null) {
            return;
        }
        OrganisationSummary kept = keepTheFirst ? pair.first() : pair.second();
        OrganisationSummary retired = keepTheFirst ? pair.second() : pair.first();
        try {
            merges.merge(kept.id(), retired.id());
        } catch (ValidationException problem) {
            mergeErrors.show(problem);
            return;
        }
        mergeErrors.clear();
        Notices.success(retired.name() + " was merged into " + kept.name() + ".");
        refresh();
    }

    private void confirm() {
        OrganisationSummary chosen = awaiting.asSingleSelect().getValue();
        if (chosen != null) {
            merges.confirm(chosen.id());
            Notices.success(chosen.name() + " is confirmed.");
            refresh();
        }
    }

    private void refresh() {
        pairs.setItems(merges.likelyDuplicates());
        awaiting.setItems(merges.awaitingConfirmation());
        enableMerge();
        confirm.setEnabled(false);
    }
}
