package uk.skillsplan.survey.domain;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.skillsplan.survey.QuestionDefinition;
import uk.skillsplan.survey.SectionDefinition;

/** Writes the per-question index of a published version (used by codebooks and SQL joins). */
@Repository
public class SurveyQuestionIndex {

    private final JdbcClient jdbc;

    SurveyQuestionIndex(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void write(long versionId, java.util.List<SectionDefinition> sections) {
        int position = 0;
        for (SectionDefinition section : sections) {
            for (QuestionDefinition question : section.questions()) {
                jdbc.sql("insert into survey_question (questionnaire_version_id, code, section_code, position, "
                                + "question_type, text, unit) values (?, ?, ?, ?, ?, ?, ?)")
                        .params(versionId, question.code(), section.code(), position++, question.type().name(),
                                question.text().length() > 500 ? question.text().substring(0, 500) : question.text(),
                                question.unit())
                        .update();
            }
        }
    }
}
