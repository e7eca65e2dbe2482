package uk.skillsplan.response.answering;

import uk.skillsplan.demo.GeneratedRound;
import uk.skillsplan.demo.SyntheticResponses;
import uk.skillsplan.response.Answers;
import uk.skillsplan.response.Cell;
import uk.skillsplan.response.CollectionMode;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.response.ResponseStatus;
import uk.skillsplan.response.RevisionSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.response.answering.SubmittedResponseWriter.Submission;
import uk.skillsplan.survey.EmployerQuestions;
import uk.skillsplan.survey.NewRound;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.testing.ServiceTest;

class SubmittedResponseWriterTest extends ServiceTest {

    /** Sussex and Brighton: no demo data there. */
    private static final String AREA = "E69000001";

    @Autowired
    SubmittedResponseWriter writer;
    @Autowired
    SyntheticResponses synthetic;
    @Autowired
    ResponseService responses;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void replacing_a_response_keeps_the_old_revision_and_makes_the_new_answers_current() {
        signInAs("admin");
        GeneratedRound generated = synthetic.generate(newRound(), 1, 5);
        long responseId = generated.responseIds().getFirst();
        Answers first = responses.revision(responseId, 1);
        Answers changed = first.without(Set.of(EmployerQuestions.JQ_PROMOTIONS))
                .with(EmployerQuestions.COMMENTS, List.of(Cell.text("Our answers were corrected by phone.")));

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> writer.write(
                List.of(new Submission(generated.roundId(), generated.organisationIds().getFirst(), changed, responseId)),
                CollectionMode.IMPORTED, "Import", null, clock.instant()));

        assertThat(responses.history(responseId)).extracting(RevisionSummary::revision).containsExactly(2, 1);
        assertThat(responses.revision(responseId, 1).asMap()).isEqualTo(first.asMap());
        assertThat(responses.revision(responseId, 2).asMap()).isEqualTo(changed.asMap());
        assertThat(responses.open(responseId).answers().asMap()).isEqualTo(changed.asMap());
        assertThat(responses.open(responseId).response().status()).isEqualTo(ResponseStatus.SUBMITTED);
    }

    @Test
    void the_same_response_cannot_be_replaced_twice_in_one_write() {
        signInAs("admin");
        GeneratedRound generated = synthetic.generate(newRound(), 1, 6);
        long responseId = generated.responseIds().getFirst();
        Submission again = new Submission(generated.roundId(), generated.organisationIds().getFirst(),
                responses.revision(responseId, 1), responseId);

        assertThatThrownBy(() -> new TransactionTemplate(transactionManager).executeWithoutResult(status ->
                writer.write(List.of(again, again), CollectionMode.IMPORTED, "Import", null, clock.instant())))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(responses.history(responseId)).hasSize(1);
    }

    private long newRound() {
        long version = questionnaires.versions().stream().filter(v -> v.code().equals("EMPLOYER_CORE")).findFirst()
                .orElseThrow().id();
        return rounds.openInArea(AREA, new NewRound("Writer check", version, Set.of(OrganisationKind.EMPLOYER),
                rounds.today(), rounds.today().plusDays(1))).id();
    }
}
