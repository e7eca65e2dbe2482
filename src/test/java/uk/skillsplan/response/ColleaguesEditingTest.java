package uk.skillsplan.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.EmployerQuestions;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

/** Two people of one organisation on one response, each in their own session: nobody's answer is lost. */
class ColleaguesEditingTest extends ServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ResponseService responses;

    SurveyTestData data;
    String priya;
    String dan;
    long responseId;

    @BeforeEach
    void twoColleaguesOnOneResponse() {
        data = new SurveyTestData(context);
        SurveyRoundSummary round = data.openEmployerRound("Colleagues");
        OrganisationSummary employer = data.newEmployer("Shared works", SurveyTestData.LEEDS, "C", SizeBand.SMALL);
        priya = data.newAccount(Role.EMPLOYER, employer.id(), "Priya Colleague");
        dan = data.newAccount(Role.EMPLOYER, employer.id(), "Dan Colleague");
        signInAs(priya);
        responseId = responses.startOrResume(round.id()).id();
        data.complete(responseId, 12);
    }

    @Test
    void a_save_over_a_colleagues_newer_answer_is_refused_with_both_answers_and_the_person_chooses() {
        Answers priyaSaw = responses.open(responseId).answers();
        data.as(dan, () -> responses.save(responseId, Map.of(EmployerQuestions.EMP_TOTAL, List.of(Cell.number(20)))));

        SaveResult result = responses.save(responseId, Map.of(EmployerQuestions.EMP_TOTAL, List.of(Cell.number(30))),
                priyaSaw);

        assertThat(result.ok()).isFalse();
        assertThat(result.conflicts()).containsOnlyKeys(EmployerQuestions.EMP_TOTAL);
        SaveConflict conflict = result.conflicts().get(EmployerQuestions.EMP_TOTAL);
        assertThat(conflict.theirs()).singleElement().satisfies(c -> assertThat(c.number()).isEqualByComparingTo("20"));
        assertThat(conflict.mine()).singleElement().satisfies(c -> assertThat(c.number()).isEqualByComparingTo("30"));
        assertThat(conflict.changedBy()).isEqualTo("Dan Colleague");
        assertThat(responses.open(responseId).answers().number(EmployerQuestions.EMP_TOTAL))
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("20"));

        // Having seen Dan's answer, Priya keeps hers.
        assertThat(responses.save(responseId, Map.of(EmployerQuestions.EMP_TOTAL, List.of(Cell.number(30))),
                responses.open(responseId).answers()).ok()).isTrue();
        assertThat(responses.open(responseId).answers().number(EmployerQuestions.EMP_TOTAL))
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("30"));
    }

    @Test
    void changes_to_other_questions_or_the_same_value_are_no_conflict() {
        Answers priyaSaw = responses.open(responseId).answers();
        data.as(dan, () -> responses.save(responseId, Map.of(EmployerQuestions.EMP_TOTAL, List.of(Cell.number(20)))));

        assertThat(responses.save(responseId, Map.of(EmployerQuestions.COMMENTS, List.of(Cell.text("Busy year."))),
                priyaSaw).ok()).isTrue();
        assertThat(responses.save(responseId, Map.of(EmployerQuestions.EMP_TOTAL, List.of(Cell.number(20))),
                priyaSaw).ok()).isTrue();
    }

    @Test
    void a_submit_applies_only_to_what_the_person_reviewed() {
        Answers reviewed = responses.open(responseId).answers();
        data.as(dan, () -> responses.save(responseId, Map.of(EmployerQuestions.EMP_TOTAL, List.of(Cell.number(40)))));

        assertThatThrownBy(() -> responses.submit(responseId, reviewed))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get(ValidationException.FORM))
                        .startsWith("Nothing was submitted: Dan Colleague changed these answers after you opened this page:")
                        .contains("How many people"));
        assertThat(responses.history(responseId)).isEmpty();

        Receipt receipt = responses.submit(responseId, responses.open(responseId).answers());
        assertThat(responses.revision(responseId, receipt.revision()).number(EmployerQuestions.EMP_TOTAL))
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("40"));
    }
}
