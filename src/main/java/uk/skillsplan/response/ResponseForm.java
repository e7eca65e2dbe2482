package uk.skillsplan.response;

import uk.skillsplan.survey.QuestionnaireDefinition;
import uk.skillsplan.survey.SurveyRoundSummary;

/** Everything a page needs to show a response: its state, round, questionnaire and answers. */
public record ResponseForm(ResponseSummary response, SurveyRoundSummary round, QuestionnaireDefinition questionnaire,
                           Answers answers, boolean editable) {
}
