package uk.skillsplan.survey;

import uk.skillsplan.survey.definition.DefinitionReader;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import uk.skillsplan.directory.OrganisationKind;

class DefinitionReaderTest {

    /** A small sound definition; each refusal test breaks exactly one thing in it. */
    private static final String SOUND = """
            {"code": "TEST_READER", "version": 1, "title": "Reader test", "audience": "EMPLOYER",
             "sections": [{"code": "ONE", "title": "One", "questions": [
               {"code": "HAS_STAFF", "type": "YES_NO", "text": "Do you have staff?", "required": true},
               {"code": "STAFF", "type": "INTEGER", "text": "How many?", "min": 0, "max": 1000,
                "showIf": {"question": "HAS_STAFF", "anyOf": ["YES"]}},
               {"code": "NEW_STAFF", "type": "INTEGER", "text": "How many are new?", "min": 0, "max": 1000},
               {"code": "NOTES", "type": "TEXT", "text": "Anything else?", "maxLength": 100}
             ]}],
             "rules": [{"left": "NEW_STAFF", "op": "LE", "right": "STAFF", "message": "New staff are part of all staff."}]}
            """;

    @ParameterizedTest
    @ValueSource(strings = {"employer-core-v1.json", "provider-core-v1.json", "council-core-v1.json"})
    void every_shipped_questionnaire_loads_and_passes_the_checks(String file) throws IOException {
        QuestionnaireDefinition definition = shipped(file);

        assertThat(DefinitionReader.check(definition)).isEmpty();
        assertThat(definition.version()).isEqualTo(1);
        assertThat(definition.questions()).isNotEmpty();
    }

    @Test
    void the_shipped_questionnaires_are_the_three_national_core_ones() throws IOException {
        assertThat(List.of(shipped("employer-core-v1.json"), shipped("provider-core-v1.json"), shipped("council-core-v1.json")))
                .extracting(QuestionnaireDefinition::code, QuestionnaireDefinition::audience)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("EMPLOYER_CORE", OrganisationKind.EMPLOYER),
                        org.assertj.core.groups.Tuple.tuple("PROVIDER_CORE", OrganisationKind.PROVIDER),
                        org.assertj.core.groups.Tuple.tuple("COUNCIL_CORE", OrganisationKind.COUNCIL));
    }

    @ParameterizedTest
    @ValueSource(strings = {"employer-core-v1.json", "provider-core-v1.json", "council-core-v1.json"})
    void a_shipped_questionnaire_written_and_parsed_again_is_the_same_definition(String file) throws IOException {
        QuestionnaireDefinition definition = shipped(file);

        QuestionnaireDefinition again = DefinitionReader.parse(DefinitionReader.write(definition));

        assertThat(again).isEqualTo(definition);
        assertThat(DefinitionReader.write(again)).isEqualTo(DefinitionReader.write(definition));
    }

    @Test
    void the_employer_grid_keeps_its_row_source_and_columns_through_a_round_trip() throws IOException {
        QuestionnaireDefinition again = DefinitionReader.parse(DefinitionReader.write(shipped("employer-core-v1.json")));

        QuestionDefinition grid = again.question(EmployerQuestions.WORKFORCE).orElseThrow();
        assertThat(grid.rows().socMajorGroups()).isTrue();
        assertThat(grid.columns()).extracting(ColumnDefinition::code).containsExactly(
                "HEADCOUNT", "VACANCIES", "HARD_TO_FILL", "SKILL_SHORTAGE", "NOT_PROFICIENT", "TRAINED");
        assertThat(again.question(EmployerQuestions.VAC_TOTAL).orElseThrow().showIf())
                .isEqualTo(new ShowIf(EmployerQuestions.HAS_VACANCIES, List.of("YES")));
    }

    @Test
    void the_sound_test_definition_passes_the_checks() throws IOException {
        assertThat(DefinitionReader.check(DefinitionReader.parse(SOUND))).isEmpty();
        assertThat(read(SOUND).questions()).hasSize(4);
    }

    @Test
    void a_question_code_used_twice_is_refused_naming_the_question() {
        String broken = SOUND.replace("\"code\": \"NOTES\"", "\"code\": \"STAFF\"");

        assertRefused(broken, "question STAFF: code is used twice");
    }

    @Test
    void a_show_if_that_points_to_a_later_question_is_refused_naming_the_question() {
        String broken = SOUND.replace("\"showIf\": {\"question\": \"HAS_STAFF\"", "\"showIf\": {\"question\": \"NOTES\"");

        assertRefused(broken, "question STAFF: showIf must name an earlier question");
    }

    @Test
    void a_rule_that_compares_a_text_question_is_refused_naming_the_question() {
        String broken = SOUND.replace("\"left\": \"NEW_STAFF\"", "\"left\": \"NOTES\"");

        assertRefused(broken, "rule NOTES LE STAFF: both sides must be number questions");
    }

    @Test
    void a_text_question_without_a_maximum_length_is_refused_naming_the_question() {
        String broken = SOUND.replace(", \"maxLength\": 100", "");

        assertRefused(broken, "question NOTES: give maxLength");
    }

    @Test
    void a_file_with_an_unknown_field_is_refused_with_the_file_name() {
        String broken = SOUND.replace("\"maxLength\": 100", "\"maxLength\": 100, \"maxLenght\": 10");

        assertThatThrownBy(() -> read(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test.json: ").hasMessageContaining("maxLenght");
    }

    private static void assertRefused(String json, String expectedProblem) {
        assertThat(DefinitionReader.check(DefinitionReader.parse(json))).singleElement().asString()
                .startsWith(expectedProblem);
        assertThatThrownBy(() -> read(json)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("test.json: " + expectedProblem);
    }

    private static QuestionnaireDefinition read(String json) throws IOException {
        return DefinitionReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static QuestionnaireDefinition shipped(String file) throws IOException {
        try (InputStream in = DefinitionReaderTest.class.getResourceAsStream("/questionnaires/" + file)) {
            assertThat(in).as(file).isNotNull();
            return DefinitionReader.read(in, file);
        }
    }
}
