package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.FieldErrorBinder;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.insight.AnalysableRound;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.plan.PlanDraftingService;
import uk.skillsplan.plan.PlanSummary;

/** Chooses the evidence (rounds, weighted or not, population and provision imports) and generates the draft; earlier texts stay as older versions. */
class GenerateDraftDialog extends Dialog {

    final CheckboxGroup<AnalysableRound> rounds = new CheckboxGroup<>("Survey rounds the plan rests on");
    final Checkbox weighted = new Checkbox("Weight employers' answers to the business population");
    final ImportChoices imports = new ImportChoices();
    final Button generate = new Button("Generate the draft");
    private final FieldErrorBinder errors = new FieldErrorBinder();

    GenerateDraftDialog(PlanSummary plan, PlanDraftingService drafting, Consumer<PlanSummary> generated) {
        setHeaderTitle("Generate the draft from the evidence");
        List<AnalysableRound> available = drafting.rounds(plan.lsipCode());
        rounds.setItems(available);
        rounds.setItemLabelGenerator(r -> r.name() + " (" + r.audience().toLowerCase() + ")");
        rounds.setValue(Set.copyOf(available.stream().filter(r -> plan.roundIds().isEmpty() || plan.roundIds().contains(r.id())).toList()));
        weighted.setValue(plan.weighting() == Weighting.WEIGHTED);
        imports.load(drafting, plan.lsipCode(), plan.populationImportId(), plan.provisionImportId());
        errors.field("roundIds", rounds).field("populationImportId", imports.population)
                .field("provisionImportId", imports.provision);
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(click -> {
            try {
                PlanSummary done = drafting.generate(plan.id(), rounds.getValue().stream().map(AnalysableRound::id).sorted().toList(),
                        weighted.getValue() ? Weighting.WEIGHTED : Weighting.UNWEIGHTED, imports.populationId(),
                        imports.provisionId());
                close();
                Notices.success("The draft was generated. Each section's earlier text is kept as an older version.");
                generated.accept(done);
            } catch (ValidationException problem) {
                errors.show(problem);
            }
        });
        add(new VerticalLayout(new Paragraph("Every section gets a new text written from the evidence, with each figure "
                + "linked to where it comes from. Figures hidden to protect confidentiality are never written."),
                errors.formMessage(), rounds, weighted, imports.population, imports.provision));
        getFooter().add(new Button("Cancel", click -> close()), generate);
    }
}
