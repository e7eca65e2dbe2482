package uk.skillsplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.response.Cell;
import uk.skillsplan.response.CollectionMode;
import uk.skillsplan.response.ResponseAmended;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.response.ResponseSubmitted;
import uk.skillsplan.response.ResponseSummary;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.EmployerQuestions;
import uk.skillsplan.survey.RoundClosed;
import uk.skillsplan.survey.closing.RoundClosings;
import uk.skillsplan.survey.RoundExtended;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.RecordedEvents;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

/**
 * The events other modules build on: published in the transaction of the change, through Spring
 * Modulith's JDBC event publication registry, so that a failing listener loses nothing and the
 * event is delivered again.
 */
class ModuleEventsTest extends ServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ResponseService responses;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    RoundClosings closings;
    @Autowired
    RecordedEvents events;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    JdbcClient jdbc;

    SurveyTestData data;

    @BeforeEach
    void setUp() {
        data = new SurveyTestData(context);
    }

    @AfterEach
    void noListenerKeepsFailing() {
        events.failNext(0);
    }

    @Test
    void submitting_publishes_response_submitted_and_submitting_again_response_amended() {
        SurveyRoundSummary round = data.openEmployerRound("Events");
        String employer = employerWithAccount();
        signInAs(employer);
        ResponseSummary response = responses.startOrResume(round.id());
        data.complete(response.id(), 12);

        responses.submit(response.id());
        responses.save(response.id(), java.util.Map.of(EmployerQuestions.EMP_TOTAL, List.of(Cell.number(14))));
        responses.submit(response.id());

        await().untilAsserted(() -> assertThat(events.received(ResponseSubmitted.class))
                .filteredOn(e -> e.responseId() == response.id()).singleElement().satisfies(e -> {
                    assertThat(e.roundId()).isEqualTo(round.id());
                    assertThat(e.organisationId()).isEqualTo(response.organisationId());
                    assertThat(e.revision()).isEqualTo(1);
                    assertThat(e.collectionMode()).isEqualTo(CollectionMode.ONLINE);
                }));
        await().untilAsserted(() -> assertThat(events.received(ResponseAmended.class))
                .filteredOn(e -> e.responseId() == response.id()).singleElement().satisfies(e -> {
                    assertThat(e.revision()).isEqualTo(2);
                    assertThat(e.previousRevision()).isEqualTo(1);
                }));
        await().untilAsserted(() -> assertThat(incompletePublicationsOf(response.id())).isZero());
    }

    @Test
    void an_event_whose_listener_fails_stays_in_the_registry_and_is_delivered_again() {
        SurveyRoundSummary round = data.openEmployerRound("Events retry");
        String employer = employerWithAccount();
        signInAs(employer);
        ResponseSummary response = responses.startOrResume(round.id());
        data.complete(response.id(), 9);

        events.failNext(1);
        int failedBefore = events.failed();
        responses.submit(response.id());
        await().until(() -> events.failed() > failedBefore);

        // The submission itself is kept: the listener's failure does not undo it ...
        assertThat(responses.history(response.id())).hasSize(1);
        assertThat(events.received(ResponseSubmitted.class)).noneMatch(e -> e.responseId() == response.id());
        // ... and the event waits in the registry, written with the submission's transaction.
        assertThat(incompletePublicationsOf(response.id())).isEqualTo(1);

        incomplete.resubmitIncompletePublications(publication -> publication.getEvent() instanceof ResponseSubmitted s
                && s.responseId() == response.id());

        await().untilAsserted(() -> assertThat(events.received(ResponseSubmitted.class))
                .filteredOn(e -> e.responseId() == response.id()).hasSize(1));
        await().untilAsserted(() -> assertThat(incompletePublicationsOf(response.id())).isZero());
    }

    @Test
    void a_round_whose_closing_day_has_passed_is_announced_closed_once_and_extending_it_is_announced() {
        SurveyRoundSummary round = data.openEmployerRound("Events closing");
        closings.announceClosedRounds();
        assertThat(events.received(RoundClosed.class)).noneMatch(e -> e.roundId() == round.id());

        data.dayAfterClosing(round);
        closings.announceClosedRounds();
        closings.announceClosedRounds();

        await().untilAsserted(() -> assertThat(events.received(RoundClosed.class)).filteredOn(e -> e.roundId() == round.id())
                .singleElement().satisfies(e -> assertThat(e.closedOn()).isEqualTo(round.closesOn())));

        signInAs("erb");
        rounds.extend(round.id(), data.today().plusDays(7));

        await().untilAsserted(() -> assertThat(events.received(RoundExtended.class)).filteredOn(e -> e.roundId() == round.id())
                .singleElement().satisfies(e -> {
                    assertThat(e.previousClosesOn()).isEqualTo(round.closesOn());
                    assertThat(e.closesOn()).isEqualTo(data.today().plusDays(7));
                }));
        // Extended, the round is open again; when the new date passes it is announced closed again.
        clock.setDate(data.today().plusDays(8));
        closings.announceClosedRounds();
        await().untilAsserted(() -> assertThat(events.received(RoundClosed.class)).filteredOn(e -> e.roundId() == round.id())
                .hasSize(2));
    }

    private String employerWithAccount() {
        var employer = data.newEmployer("Events employer", SurveyTestData.LEEDS, "C", SizeBand.SMALL);
        return data.newAccount(Role.EMPLOYER, employer.id(), "Events Tester");
    }

    private int incompletePublicationsOf(long responseId) {
        return jdbc.sql("select count(*) from event_publication where completion_date is null "
                        + "and event_type like '%ResponseSubmitted' and serialized_event like :id")
                .param("id", "%\"responseId\":" + responseId + ",%").query(Integer.class).single();
    }
}
