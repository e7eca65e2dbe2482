package uk.skillsplan.response.answering;

import uk.skillsplan.response.Answers;
import uk.skillsplan.response.Cell;
import uk.skillsplan.response.Problem;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.skillsplan.survey.EmployerQuestions.COMMENTS;
import static uk.skillsplan.survey.EmployerQuestions.CONSENT_CONTACT;
import static uk.skillsplan.survey.EmployerQuestions.EMP_TOTAL;
import static uk.skillsplan.survey.EmployerQuestions.FUTURE_OCCUPATIONS;
import static uk.skillsplan.survey.EmployerQuestions.HAS_VACANCIES;
import static uk.skillsplan.survey.EmployerQuestions.JQ_GUARANTEED_HOURS;
import static uk.skillsplan.survey.EmployerQuestions.JQ_VOICE;
import static uk.skillsplan.survey.EmployerQuestions.LOCAL_AUTHORITY;
import static uk.skillsplan.survey.EmployerQuestions.PROVISION_RATING;
import static uk.skillsplan.survey.EmployerQuestions.SIC_SECTION;
import static uk.skillsplan.survey.EmployerQuestions.SIZE_BAND;
import static uk.skillsplan.survey.EmployerQuestions.SKILLS_LACKING;
import static uk.skillsplan.survey.EmployerQuestions.SSV_CAUSES;
import static uk.skillsplan.survey.EmployerQuestions.TRAINING_ANY;
import static uk.skillsplan.survey.EmployerQuestions.TRAINING_DAYS;
import static uk.skillsplan.survey.EmployerQuestions.VAC_HTF;
import static uk.skillsplan.survey.EmployerQuestions.VAC_SSV;
import static uk.skillsplan.survey.EmployerQuestions.VAC_TOTAL;
import static uk.skillsplan.survey.EmployerQuestions.WORKFORCE;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.survey.definition.DefinitionReader;
import uk.skillsplan.survey.OptionDefinition;
import uk.skillsplan.survey.QuestionDefinition;
import uk.skillsplan.survey.QuestionnaireDefinition;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

/**
 * The answer checks against the shipped employer questionnaire. A Spring test only because the
 * options of some questions come from reference data (OptionCatalogue); the checks themselves are
 * pure.
 */
class AnswerValidatorTest extends ServiceTest {

    private static final String RANGE = "Enter a number from 0 to 100000 people.";

    @Autowired
    OptionCatalogue options;

    private QuestionnaireDefinition employerCore;
    private AnswerValidator validator;

    @BeforeEach
    void readEmployerQuestionnaire() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/questionnaires/employer-core-v1.json")) {
            employerCore = DefinitionReader.read(in, "employer-core-v1.json");
        }
        validator = new AnswerValidator(employerCore, options, SurveyTestData.WEST_YORKSHIRE);
    }

    @Test
    void a_number_in_range_is_accepted_including_both_ends() {
        assertThat(check(EMP_TOTAL, Cell.number(0))).isEmpty();
        assertThat(check(EMP_TOTAL, Cell.number(100_000))).isEmpty();
        assertThat(check(EMP_TOTAL, Cell.number(new BigDecimal("12.00")))).isEmpty();
    }

    @Test
    void a_negative_number_is_refused_with_the_range() {
        assertThat(check(EMP_TOTAL, Cell.number(-1))).contains(RANGE);
    }

    @Test
    void a_number_above_the_maximum_is_refused_with_the_range() {
        assertThat(check(EMP_TOTAL, Cell.number(100_001))).contains(RANGE);
    }

    @Test
    void decimals_in_a_whole_number_question_are_refused() {
        assertThat(check(EMP_TOTAL, Cell.number(new BigDecimal("2.5")))).contains("Enter a whole number.");
    }

    @Test
    void a_decimal_question_takes_its_number_of_decimal_places_and_no_more() {
        Answers training = answers(Map.of(TRAINING_ANY, List.of(Cell.option("YES"))));

        assertThat(validator.check(question(TRAINING_DAYS), List.of(Cell.number(new BigDecimal("2.5"))), training)).isEmpty();
        assertThat(validator.check(question(TRAINING_DAYS), List.of(Cell.number(new BigDecimal("2.55"))), training))
                .contains("Use at most 1 decimal places.");
    }

    @Test
    void a_number_question_with_text_or_two_numbers_is_refused() {
        assertThat(check(EMP_TOTAL, Cell.text("twelve"))).contains("Enter a number.");
        assertThat(check(EMP_TOTAL, Cell.number(1), Cell.number(2))).contains("Enter a number.");
    }

    @Test
    void a_rating_outside_its_scale_is_refused() {
        assertThat(check(PROVISION_RATING, Cell.number(5))).isEmpty();
        assertThat(check(PROVISION_RATING, Cell.number(6))).contains("Enter a number from 1 to 5.");
    }

    @Test
    void text_over_the_limit_is_refused_with_its_length() {
        assertThat(check(COMMENTS, Cell.text("x".repeat(2000)))).isEmpty();
        assertThat(check(COMMENTS, Cell.text("x".repeat(2001)))).contains("Keep this to 2000 characters (it has 2001).");
    }

    @Test
    void an_option_that_is_not_offered_is_refused() {
        assertThat(check(JQ_GUARANTEED_HOURS, Cell.option("MOST"))).isEmpty();
        assertThat(check(JQ_GUARANTEED_HOURS, Cell.option("EVERYONE")))
                .contains("\"EVERYONE\" is not one of the answers offered.");
        assertThat(check(HAS_VACANCIES, Cell.option("MAYBE"))).contains("\"MAYBE\" is not one of the answers offered.");
        assertThat(check(JQ_GUARANTEED_HOURS, Cell.option("MOST"), Cell.option("SOME"))).contains("Choose one answer.");
    }

    @Test
    void options_from_reference_data_are_checked_against_it() {
        assertThat(check(SIC_SECTION, Cell.option("C"))).isEmpty();
        assertThat(check(SIC_SECTION, Cell.option("Z"))).contains("\"Z\" is not one of the answers offered.");
        assertThat(check(SIZE_BAND, Cell.option("small"))).isEmpty();
        assertThat(check(SIZE_BAND, Cell.option("huge"))).isPresent();
    }

    @Test
    void only_local_authorities_of_the_rounds_area_are_offered() {
        assertThat(check(LOCAL_AUTHORITY, Cell.option(SurveyTestData.LEEDS))).isEmpty();
        assertThat(check(LOCAL_AUTHORITY, Cell.option(SurveyTestData.MANCHESTER)))
                .contains("\"" + SurveyTestData.MANCHESTER + "\" is not one of the answers offered.");
    }

    @Test
    void a_multiple_choice_other_answer_needs_its_text() {
        assertThat(check(SKILLS_LACKING, Cell.choice("GREEN"), Cell.other("Welding robots"))).isEmpty();
        assertThat(check(SKILLS_LACKING, Cell.choice("GREEN"), Cell.other("  ")))
                .contains("Say what the other answer is, or untick \"Other\".");
        assertThat(check(SKILLS_LACKING, Cell.other(null))).contains("Say what the other answer is, or untick \"Other\".");
        assertThat(check(SKILLS_LACKING, Cell.other("y".repeat(201))))
                .contains("Keep the other answer to 200 characters (it has 201).");
    }

    @Test
    void a_multiple_choice_refuses_options_not_offered_other_where_not_allowed_and_repeats() {
        assertThat(check(SKILLS_LACKING, Cell.choice("JUGGLING"))).contains("\"JUGGLING\" is not one of the answers offered.");
        assertThat(check(JQ_VOICE, Cell.other("Suggestion box"))).contains("\"OTHER\" is not one of the answers offered.");
        assertThat(check(SKILLS_LACKING, Cell.choice("GREEN"), Cell.choice("GREEN"))).contains("Each answer can be chosen once.");
    }

    @Test
    void an_unknown_occupation_code_is_refused() {
        assertThat(check(FUTURE_OCCUPATIONS, Cell.choice("2136"))).isEmpty();
        assertThat(check(FUTURE_OCCUPATIONS, Cell.choice("9999")))
                .contains("\"9999\" is not a SOC 2020 occupation code (4 digits), or it is chosen twice.");
        assertThat(check(FUTURE_OCCUPATIONS, Cell.choice("213"))).isPresent();
    }

    @Test
    void more_occupations_than_allowed_are_refused() {
        assertThat(check(FUTURE_OCCUPATIONS, Cell.choice("1111"), Cell.choice("1112"), Cell.choice("2136"),
                Cell.choice("5241"), Cell.choice("6135"), Cell.choice("8211")))
                .contains("Choose at most 5 occupations.");
    }

    @Test
    void a_grid_cell_in_an_unknown_row_or_column_is_refused() {
        assertThat(check(WORKFORCE, Cell.grid("1", "HEADCOUNT", 4))).isEmpty();
        assertThat(check(WORKFORCE, Cell.grid("10", "HEADCOUNT", 4)))
                .contains("The table has no row \"10\" and column \"HEADCOUNT\".");
        assertThat(check(WORKFORCE, Cell.grid("1", "SALARY", 4)))
                .contains("The table has no row \"1\" and column \"SALARY\".");
    }

    @Test
    void a_grid_cell_out_of_its_columns_range_is_refused_naming_the_column_and_row() {
        assertThat(check(WORKFORCE, Cell.grid("1", "HEADCOUNT", -2)))
                .contains("Staff employed, " + rowLabel("1") + ": Enter a number from 0 to 100000.");
    }

    @Test
    void a_grid_rule_is_checked_row_by_row() {
        Answers rowsApart = answers(Map.of(WORKFORCE, List.of(Cell.grid("1", "HARD_TO_FILL", 3),
                Cell.grid("1", "VACANCIES", 3), Cell.grid("2", "VACANCIES", 1))));
        Answers brokenInRowTwo = rowsApart.with(WORKFORCE, List.of(Cell.grid("1", "HARD_TO_FILL", 3),
                Cell.grid("1", "VACANCIES", 3), Cell.grid("2", "VACANCIES", 1), Cell.grid("2", "HARD_TO_FILL", 2)));

        assertThat(validator.brokenRule(WORKFORCE, rowsApart)).isEmpty();
        assertThat(validator.brokenRule(WORKFORCE, brokenInRowTwo)).hasValueSatisfying(message -> assertThat(message)
                .startsWith("In one of the job rows, \"Hard to fill\" is more than \"Current vacancies\".")
                .endsWith("(row " + rowLabel("2") + ": 2 is more than 1)"));
    }

    @Test
    void a_rule_between_two_questions_applies_when_both_are_answered() {
        Answers vacancies = answers(Map.of(HAS_VACANCIES, List.of(Cell.option("YES")), VAC_TOTAL, List.of(Cell.number(3))));

        assertThat(validator.brokenRule(VAC_HTF, vacancies.with(VAC_HTF, List.of(Cell.number(3))))).isEmpty();
        assertThat(validator.brokenRule(VAC_HTF, vacancies.with(VAC_HTF, List.of(Cell.number(4)))))
                .hasValueSatisfying(message -> assertThat(message)
                        .startsWith("You have entered more hard-to-fill vacancies than vacancies in total.")
                        .endsWith("(4 is more than 3)"));
        assertThat(validator.brokenRule(VAC_TOTAL, vacancies.with(VAC_HTF, List.of(Cell.number(4))))).isPresent();
        assertThat(validator.brokenRule(VAC_HTF, answers(Map.of(VAC_HTF, List.of(Cell.number(4)))))).isEmpty();
    }

    @Test
    void an_answer_to_a_hidden_question_is_refused() {
        String hidden = "This question does not apply, given your earlier answers, so it cannot be answered.";
        Answers noVacancies = answers(Map.of(HAS_VACANCIES, List.of(Cell.option("NO"))));

        assertThat(validator.check(question(VAC_TOTAL), List.of(Cell.number(3)), noVacancies)).contains(hidden);
        assertThat(validator.check(question(VAC_TOTAL), List.of(Cell.number(3)), Answers.none())).contains(hidden);
        assertThat(validator.check(question(VAC_TOTAL), List.of(Cell.number(3)),
                noVacancies.with(HAS_VACANCIES, List.of(Cell.option("YES"))))).isEmpty();
    }

    @Test
    void answers_that_an_earlier_answer_hides_are_found_for_removal() {
        Answers answers = answers(Map.of(HAS_VACANCIES, List.of(Cell.option("NO")), VAC_TOTAL, List.of(Cell.number(3)),
                SSV_CAUSES, List.of(Cell.choice("COMPETITION")), EMP_TOTAL, List.of(Cell.number(10))));

        assertThat(validator.hiddenButAnswered(answers)).containsExactlyInAnyOrder(VAC_TOTAL, SSV_CAUSES);
    }

    @Test
    void problems_list_missing_required_questions_that_are_shown_but_not_hidden_ones() {
        Answers profileOnly = answers(Map.of(SIC_SECTION, List.of(Cell.option("C")), SIZE_BAND, List.of(Cell.option("small")),
                LOCAL_AUTHORITY, List.of(Cell.option(SurveyTestData.LEEDS)), HAS_VACANCIES, List.of(Cell.option("NO"))));

        assertThat(validator.problems(profileOnly)).extracting(Problem::questionCode)
                .containsExactly(EMP_TOTAL, TRAINING_ANY, CONSENT_CONTACT);
        assertThat(validator.problems(profileOnly)).first().satisfies(problem -> {
            assertThat(problem.sectionCode()).isEqualTo("PROFILE");
            assertThat(problem.message()).isEqualTo("Answer this question: \"How many people work at this site, including you?\"");
        });
        assertThat(validator.problems(profileOnly.with(HAS_VACANCIES, List.of(Cell.option("YES")))))
                .extracting(Problem::questionCode)
                .containsExactly(EMP_TOTAL, VAC_TOTAL, VAC_HTF, VAC_SSV, TRAINING_ANY, CONSENT_CONTACT);
    }

    @Test
    void problems_include_invalid_hidden_and_rule_breaking_answers() {
        Answers answers = answers(Map.of(SIC_SECTION, List.of(Cell.option("C")), SIZE_BAND, List.of(Cell.option("small")),
                LOCAL_AUTHORITY, List.of(Cell.option(SurveyTestData.LEEDS)), EMP_TOTAL, List.of(Cell.number(-4)),
                HAS_VACANCIES, List.of(Cell.option("NO")), VAC_TOTAL, List.of(Cell.number(2)),
                TRAINING_ANY, List.of(Cell.option("NO")), CONSENT_CONTACT, List.of(Cell.option("YES")),
                WORKFORCE, List.of(Cell.grid("3", "HEADCOUNT", 1), Cell.grid("3", "TRAINED", 2))));

        assertThat(validator.problems(answers)).extracting(Problem::questionCode, Problem::sectionCode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(EMP_TOTAL, "PROFILE"),
                        org.assertj.core.groups.Tuple.tuple(VAC_TOTAL, "VACANCIES"),
                        org.assertj.core.groups.Tuple.tuple(WORKFORCE, "WORKFORCE"));
    }

    @Test
    void a_complete_set_of_required_answers_has_no_problems() {
        Answers answers = answers(Map.of(SIC_SECTION, List.of(Cell.option("C")), SIZE_BAND, List.of(Cell.option("small")),
                LOCAL_AUTHORITY, List.of(Cell.option(SurveyTestData.LEEDS)))).with(EMP_TOTAL, List.of(Cell.number(9)));
        for (var entry : SurveyTestData.requiredEmployerAnswers(9).entrySet()) {
            answers = answers.with(entry.getKey(), entry.getValue());
        }

        assertThat(validator.problems(answers)).isEmpty();
    }

    private Optional<String> check(String code, Cell... cells) {
        return validator.check(question(code), List.of(cells), Answers.none().with(code, List.of(cells)));
    }

    private QuestionDefinition question(String code) {
        return employerCore.question(code).orElseThrow();
    }

    private String rowLabel(String code) {
        return options.socMajorGroups().stream().filter(o -> o.code().equals(code)).map(OptionDefinition::label)
                .findFirst().orElseThrow();
    }

    private static Answers answers(Map<String, List<Cell>> cells) {
        return new Answers(cells);
    }
}
