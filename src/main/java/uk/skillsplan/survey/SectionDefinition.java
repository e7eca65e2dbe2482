package uk.skillsplan.survey;

import java.util.List;

/** A section of a questionnaire: a page of related questions. */
public record SectionDefinition(String code, String title, String intro, List<QuestionDefinition> questions) {
}
