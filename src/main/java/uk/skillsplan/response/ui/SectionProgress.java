package uk.skillsplan.response.ui;

import uk.skillsplan.response.answering.AnswerValidator;
import uk.skillsplan.response.answering.OptionCatalogue;
import uk.skillsplan.response.ResponseForm;
import uk.skillsplan.survey.QuestionDefinition;
import uk.skillsplan.survey.SectionDefinition;

/** How much of each section is answered, counting only the questions that are shown. */
final class SectionProgress {

    private final ResponseForm form;
    private final AnswerValidator validator;

    SectionProgress(ResponseForm form, OptionCatalogue options) {
        this.form = form;
        this.validator = new AnswerValidator(form.questionnaire(), options, form.round().lsipCode());
    }

    long shown(SectionDefinition section) {
        return section.questions().stream().filter(this::isShown).count();
    }

    long answered(SectionDefinition section) {
        return section.questions().stream().filter(this::isShown).filter(q -> form.answers().has(q.code())).count();
    }

    double overall() {
        long shown = form.questionnaire().sections().stream().mapToLong(this::shown).sum();
        long answered = form.questionnaire().sections().stream().mapToLong(this::answered).sum();
        return shown == 0 ? 0 : (double) answered / shown;
    }

    private boolean isShown(QuestionDefinition question) {
        return validator.isShown(question, form.answers());
    }
}
