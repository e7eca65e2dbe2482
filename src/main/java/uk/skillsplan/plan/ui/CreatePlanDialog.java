package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.function.Consumer;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.FieldErrorBinder;
import uk.skillsplan.directory.LsipArea;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.insight.AnalysableRound;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.plan.NewPlan;
import uk.skillsplan.plan.PlanDraftingService;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.PlanSummary;

/** Creates a plan: the cycle, the area (administrators), the survey rounds it rests on, weighted or not. */
class CreatePlanDialog extends Dialog {

    final ComboBox<LsipArea> area = new ComboBox<>("Area");
    final IntegerField cycleStart = new IntegerField("First year of the cycle");
    final IntegerField cycleEnd = new IntegerField("Last year of the cycle");
    final CheckboxGroup<AnalysableRound> rounds = new CheckboxGroup<>("Survey rounds the plan rests on");
    final Checkbox weighted = new Checkbox("Weight employers' answers to the business population");
    final ImportChoices imports = new ImportChoices();
    final Button create = new Button("Create the plan");
    private final FieldErrorBinder errors = new FieldErrorBinder();

    CreatePlanDialog(PlanService plans, PlanDraftingService drafting, ReferenceDataService reference, boolean admin,
                     Consumer<PlanSummary> created) {
        setHeaderTitle("Create a skills plan");
        area.setItems(reference.areas());
        area.setItemLabelGenerator(LsipArea::name);
        area.setVisible(admin);
        area.addValueChangeListener(change -> loadRounds(drafting, change.getValue() == null ? null : change.getValue().code()));
        int next = java.time.Year.now().getValue();
        cycleStart.setValue(next);
        cycleEnd.setValue(next + 3);
        rounds.setItemLabelGenerator(r -> r.name() + " (" + r.audience().toLowerCase() + ")");
        if (!admin) {
            loadRounds(drafting, null);
        }
        errors.field("lsipCode", area).field("cycleStart", cycleStart).field("cycleEnd", cycleEnd).field("roundIds", rounds)
                .field("populationImportId", imports.population).field("provisionImportId", imports.provision);
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> {
            try {
                PlanSummary plan = plans.create(new NewPlan(area.getValue() == null ? null : area.getValue().code(),
                        cycleStart.getValue(), cycleEnd.getValue(),
                        rounds.getValue().stream().map(AnalysableRound::id).sorted().toList(),
                        weighted.getValue() ? Weighting.WEIGHTED : Weighting.UNWEIGHTED, imports.populationId(),
                        imports.provisionId()));
                close();
                created.accept(plan);
            } catch (ValidationException problem) {
                errors.show(problem);
            }
        });
        Button cancel = new Button("Cancel", click -> close());
        add(new VerticalLayout(errors.formMessage(), area, cycleStart, cycleEnd, rounds, weighted, imports.population,
                imports.provision));
        getFooter().add(cancel, create);
    }

    private void loadRounds(PlanDraftingService drafting, String lsipCode) {
        List<AnalysableRound> available = drafting.rounds(lsipCode);
        rounds.setItems(available);
        rounds.setValue(java.util.Set.copyOf(available));
        imports.load(drafting, lsipCode, null, null);
        rounds.setHelperText(available.isEmpty() ? "No survey rounds can be analysed yet; you can choose them when "
                + "you generate the draft." : "All are chosen; untick any the plan should not rest on.");
    }
}
