package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.function.Consumer;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.FieldErrorBinder;
import uk.skillsplan.plan.PlanEditionService;
import uk.skillsplan.plan.PlanSummary;

/** Starts a new edition of a published plan: a new draft for the same cycle or another, starting from the published text. */
class NewEditionDialog extends Dialog {

    final IntegerField cycleStart = new IntegerField("First year of the cycle");
    final IntegerField cycleEnd = new IntegerField("Last year of the cycle");
    final Button start = new Button("Start the new edition");
    private final FieldErrorBinder errors = new FieldErrorBinder();

    NewEditionDialog(PlanSummary published, PlanEditionService editions, Consumer<PlanSummary> started) {
        setHeaderTitle("Start a new edition");
        cycleStart.setValue(published.cycleStart());
        cycleEnd.setValue(published.cycleEnd());
        errors.field("cycleStart", cycleStart).field("cycleEnd", cycleEnd);
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> {
            try {
                PlanSummary edition = editions.startNewEdition(published.id(), cycleStart.getValue(), cycleEnd.getValue());
                close();
                started.accept(edition);
            } catch (ValidationException problem) {
                errors.show(problem);
            }
        });
        add(new VerticalLayout(new Paragraph("The published plan stays published and readable. The new edition is a "
                + "draft whose sections start from the published text, with every figure still linked to its evidence."),
                errors.formMessage(), cycleStart, cycleEnd));
        getFooter().add(new Button("Cancel", click -> close()), start);
    }
}
