package uk.skillsplan.response.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.response.SaveResult;
import uk.skillsplan.response.SaveConflict;
import uk.skillsplan.response.ui.editor.QuestionEditor;

/**
 * A colleague changed an answer while this person was changing it: both answers side by side, and
 * the person chooses. Keeping theirs shows it in the form; keeping mine saves mine over it.
 */
final class ConflictChoice {

    private ConflictChoice() {
    }

    static void show(ResponseView view, QuestionEditor editor, SaveConflict conflict) {
        String who = conflict.changedBy() == null ? "A colleague" : conflict.changedBy();
        String theirs = AnswerText.format(editor.question(), conflict.theirs(), view.options, view.form.round().lsipCode());
        String mine = AnswerText.format(editor.question(), conflict.mine(), view.options, view.form.round().lsipCode());
        editor.showError("Not saved: " + who + " changed this answer while you were editing it.");
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Someone else changed this answer");
        dialog.getElement().setAttribute("aria-label", "Choose which answer to keep");
        Paragraph question = new Paragraph("\"" + editor.question().text() + "\"");
        Paragraph their = new Paragraph(who + (conflict.changedAt() == null ? "" : " (" + ResponseView.WHEN.format(conflict.changedAt()) + ")")
                + " answered: " + theirs);
        their.setId("conflict-theirs");
        Paragraph my = new Paragraph("Your answer, not saved: " + mine);
        my.setId("conflict-mine");
        Button keepTheirs = new Button("Keep their answer", c -> {
            dialog.close();
            view.form = view.responses.open(view.form.response().id());
            view.render();
        });
        Button keepMine = new Button("Save my answer instead", c -> {
            dialog.close();
            // Mine replaces the answer the person has just seen - and only that one: if someone changed it
            // yet again meanwhile, the choice is offered again rather than overwriting it unseen.
            SaveResult result = view.responses.save(view.form.response().id(), Map.of(conflict.questionCode(),
                    conflict.mine()), view.form.answers().with(conflict.questionCode(), conflict.theirs()));
            view.form = view.responses.open(view.form.response().id());
            view.render();
            if (result.conflicts().containsKey(conflict.questionCode())) {
                QuestionEditor redrawn = view.editors.getOrDefault(conflict.questionCode(), editor);
                show(view, redrawn, result.conflicts().get(conflict.questionCode()));
            } else if (!result.ok()) {
                Notices.error("Your answer was not saved: " + String.join(" ", result.errors().values()));
            }
        });
        keepMine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(question, their, my);
        dialog.getFooter().add(keepTheirs, keepMine);
        dialog.open();
    }
}
