package uk.skillsplan.survey;

import uk.skillsplan.survey.definition.DefinitionReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.testing.ServiceTest;

class QuestionnaireServiceTest extends ServiceTest {

    private static final String V1_QUESTIONS = """
            {"code": "HAS_STAFF", "type": "YES_NO", "text": "Do you have staff?", "required": true},
            {"code": "STAFF", "type": "INTEGER", "text": "How many staff?", "min": 0, "max": 1000,
             "showIf": {"question": "HAS_STAFF", "anyOf": ["YES"]}}
            """;

    @Autowired
    QuestionnaireService questionnaires;

    @Autowired
    JdbcClient jdbc;

    private String code;

    @BeforeEach
    void signInAsAdministrator() {
        signInAs("admin");
        code = "TEST_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    @Test
    void publishing_the_same_version_again_changes_nothing_and_returns_the_same_id() {
        long first = questionnaires.publish(definition(1, "Staff survey", V1_QUESTIONS));
        int versionsBefore = questionnaires.versions().size();

        long again = questionnaires.publish(definition(1, "Staff survey", V1_QUESTIONS));

        assertThat(again).isEqualTo(first);
        assertThat(questionnaires.versions()).hasSize(versionsBefore);
        assertThat(questionnaires.version(first).code()).isEqualTo(code);
        assertThat(questionnaires.version(first).questionCount()).isEqualTo(2);
    }

    @Test
    void publishing_a_changed_version_1_is_refused_and_the_published_one_stays() {
        long first = questionnaires.publish(definition(1, "Staff survey", V1_QUESTIONS));
        String stored = storedJson(first);

        assertThatThrownBy(() -> questionnaires.publish(definition(1, "Staff survey",
                V1_QUESTIONS.replace("How many staff?", "How many people?"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry(ValidationException.FORM, code + " version 1 is already published and cannot "
                                + "change; publish it as version 2 instead."));

        assertThat(storedJson(first)).isEqualTo(stored);
        assertThat(questionnaires.definition(first).question("STAFF").orElseThrow().text()).isEqualTo("How many staff?");
    }

    @Test
    void a_version_2_that_keeps_the_codes_is_published_and_version_1_is_unchanged() {
        QuestionnaireDefinition v1 = definition(1, "Staff survey", V1_QUESTIONS);
        long first = questionnaires.publish(v1);
        String storedV1 = storedJson(first);

        long second = questionnaires.publish(definition(2, "Staff survey (revised)", V1_QUESTIONS.replace(
                "How many staff?", "How many people work for you?") + """
                , {"code": "VACANCIES", "type": "INTEGER", "text": "How many vacancies?", "min": 0, "max": 1000}
                """));

        assertThat(second).isNotEqualTo(first);
        assertThat(questionnaires.versions()).filteredOn(v -> v.code().equals(code))
                .extracting(QuestionnaireVersionSummary::versionNumber, QuestionnaireVersionSummary::questionCount)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(2, 3));
        assertThat(storedJson(first)).isEqualTo(storedV1);
        assertThat(DefinitionReader.parse(storedJson(first))).isEqualTo(v1);
        assertThat(questionnaires.definition(second).question("STAFF").orElseThrow().text())
                .isEqualTo("How many people work for you?");
        assertThat(indexedCodes(second)).containsExactly("HAS_STAFF", "STAFF", "VACANCIES");
        assertThat(indexedCodes(first)).containsExactly("HAS_STAFF", "STAFF");
    }

    @Test
    void a_version_2_that_gives_a_code_a_different_type_is_refused() {
        questionnaires.publish(definition(1, "Staff survey", V1_QUESTIONS));
        int versionsBefore = questionnaires.versions().size();

        assertThatThrownBy(() -> questionnaires.publish(definition(2, "Staff survey", V1_QUESTIONS.replace(
                "\"type\": \"INTEGER\", \"text\": \"How many staff?\", \"min\": 0, \"max\": 1000",
                "\"type\": \"TEXT\", \"text\": \"How many staff?\", \"maxLength\": 20"))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get(ValidationException.FORM))
                        .startsWith("question STAFF changed its type or columns"));

        assertThat(questionnaires.versions()).hasSize(versionsBefore);
    }

    @Test
    void a_version_that_skips_a_number_is_refused() {
        questionnaires.publish(definition(1, "Staff survey", V1_QUESTIONS));

        assertThatThrownBy(() -> questionnaires.publish(definition(3, "Staff survey", V1_QUESTIONS)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                        .containsEntry(ValidationException.FORM, "The next version of " + code + " must be 2."));
    }

    @Test
    void only_an_administrator_may_publish() {
        QuestionnaireDefinition definition = definition(1, "Staff survey", V1_QUESTIONS);
        int versionsBefore = questionnaires.versions().size();

        for (String username : new String[]{"erb", "employer", "council"}) {
            signInAs(username);
            assertThatThrownBy(() -> questionnaires.publish(definition)).as(username)
                    .isInstanceOf(AccessDeniedException.class);
        }

        signInAs("admin");
        assertThat(questionnaires.versions()).hasSize(versionsBefore).noneMatch(v -> v.code().equals(code));
    }

    private QuestionnaireDefinition definition(int version, String title, String questions) {
        return DefinitionReader.parse("""
                {"code": "%s", "version": %d, "title": "%s", "audience": "EMPLOYER",
                 "sections": [{"code": "ONE", "title": "One", "questions": [%s]}]}
                """.formatted(code, version, title, questions));
    }

    private String storedJson(long versionId) {
        return jdbc.sql("select definition from questionnaire_version where id = ?").param(versionId)
                .query(String.class).single();
    }

    private java.util.List<String> indexedCodes(long versionId) {
        return jdbc.sql("select code from survey_question where questionnaire_version_id = ? order by position")
                .param(versionId).query(String.class).list();
    }
}
