package uk.skillsplan.response.ui;

import uk.skillsplan.base.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.Incidents;
import uk.skillsplan.response.Answers;
import uk.skillsplan.response.answering.AnswerValidator;
import uk.skillsplan.response.Problem;
import uk.skillsplan.response.Receipt;
import uk.skillsplan.response.ResponseStatus;
import uk.skillsplan.response.RevisionSummary;
import uk.skillsplan.survey.QuestionDefinition;
import uk.skillsplan.survey.SectionDefinition;

/** The last step: every answer on one page, what still needs attention, submission and its receipt. */
class ReviewPanel extends Div {

    final Button submit = new Button();
    final Div receipt = new Div();

    ReviewPanel(ResponseView view) {
        var form = view.form;
        long responseId = form.response().id();
        add(new H2("Check your answers"));
        List<Problem> problems = view.responses.problems(responseId);
        if (!problems.isEmpty()) {
            Div attention = new Div(new H3("Before you can submit"));
            attention.addClassName("sp-problems");
            attention.getElement().setAttribute("role", "region");
            attention.getElement().setAttribute("aria-label", "Answers that need attention");
            UnorderedList list = new UnorderedList();
            for (Problem problem : problems) {
                String sectionTitle = form.questionnaire().section(problem.sectionCode()).map(SectionDefinition::title).orElse("");
                Button go = new Button(sectionTitle + ": " + problem.message(), c -> view.goTo(problem.sectionCode()));
                go.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                list.add(new ListItem(go));
            }
            attention.add(list);
            add(attention);
        }
        AnswerValidator validator = view.responses.validatorFor(form);
        for (SectionDefinition section : form.questionnaire().sections()) {
            Div block = new Div(new H3(section.title()));
            block.addClassName("sp-review-section");
            DescriptionList answers = new DescriptionList();
            for (QuestionDefinition question : section.questions()) {
                if (validator.isShown(question, form.answers())) {
                    answers.add(new DescriptionList.Term(question.text()), new DescriptionList.Description(
                            AnswerText.format(question, form.answers().cells(question.code()), view.options,
                                    form.round().lsipCode())));
                }
            }
            block.add(answers);
            if (form.editable()) {
                Button change = new Button("Change answers in " + section.title(), c -> view.goTo(section.code()));
                change.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                block.add(change);
            }
            add(block);
        }
        submit.setText(form.response().status() == ResponseStatus.DRAFT ? "Submit my answers" : "Submit my changes");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Once submitted there is nothing to submit until an answer changes: a greyed-out
        // "Submit my changes" under the receipt only puzzled people.
        submit.setVisible(form.editable() && form.response().status() != ResponseStatus.SUBMITTED);
        submit.setEnabled(problems.isEmpty());
        // Only what this page shows is submitted: a colleague's later change stops the submission.
        Answers reviewed = form.answers();
        submit.addClickListener(c -> submit(view, responseId, reviewed));
        receipt.addClassName("sp-receipt");
        receipt.getElement().setAttribute("role", "status");
        if (form.response().status() == ResponseStatus.SUBMITTED) {
            receipt.add(new Paragraph("These answers have been submitted. You can change them until "
                    + Dates.format(form.round().closesOn()) + "; every submitted version is kept."));
        }
        add(receipt, submit, history(view, responseId));
    }

    private void submit(ResponseView view, long responseId, Answers reviewed) {
        try {
            Receipt done = view.responses.submit(responseId, reviewed);
            view.form = view.responses.open(responseId);
            view.render();
            ReviewPanel panel = (ReviewPanel) view.main.getChildren().filter(ReviewPanel.class::isInstance).findFirst()
                    .orElseThrow();
            panel.receipt.removeAll();
            H3 thanks = new H3("Thank you: your answers have been submitted");
            panel.receipt.add(thanks,
                    new Paragraph("Your reference is " + done.reference() + " (submitted "
                            + ResponseView.WHEN.format(done.submittedAt()) + "). Keep it for your records. You can "
                            + "change your answers until " + Dates.format(view.form.round().closesOn()) + "."));
            // The submit button is gone: take focus (and the eye) to the receipt.
            thanks.getElement().executeJs("this.tabIndex = -1; this.focus();");
        } catch (ValidationException problem) {
            // Show the answers as they are now, with the reason on top, so the person reviews again.
            view.form = view.responses.open(responseId);
            view.render();
            ReviewPanel panel = (ReviewPanel) view.main.getChildren().filter(ReviewPanel.class::isInstance).findFirst()
                    .orElseThrow();
            String reason = String.join(" ", problem.fieldErrors().values());
            panel.receipt.removeAll();
            panel.receipt.add(new Paragraph(reason.startsWith("Nothing was submitted") ? reason : "Not submitted: " + reason));
        } catch (RuntimeException failure) {
            receipt.removeAll();
            receipt.add(new Paragraph(Incidents.describe("Not submitted", failure)));
        }
    }

    private static Div history(ResponseView view, long responseId) {
        List<RevisionSummary> revisions = view.responses.history(responseId);
        Div history = new Div();
        if (revisions.isEmpty()) {
            return history;
        }
        history.add(new H3("Submitted versions"));
        UnorderedList list = new UnorderedList();
        revisions.forEach(r -> list.add(new ListItem("Version " + r.revision() + ", reference " + r.reference() + ", "
                + ResponseView.WHEN.format(r.submittedAt()) + " by " + r.submittedByName() + " ("
                + r.collectionMode().label().toLowerCase() + ")")));
        history.add(list);
        return history;
    }
}
