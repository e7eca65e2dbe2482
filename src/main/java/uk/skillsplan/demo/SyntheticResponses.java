package uk.skillsplan.demo;

import uk.skillsplan.security.AdminOnly;
import uk.skillsplan.response.CollectionMode;
import uk.skillsplan.response.Problem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.skillsplan.directory.LocalAuthority;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationQuery;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.demo.SyntheticRespondents.Respondent;
import uk.skillsplan.response.BulkSubmissions;
import uk.skillsplan.survey.QuestionnaireDefinition;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * Synthetic but plausible submitted responses, for demo data and for benchmarks of any size.
 * Organisations are created through the directory's service and responses submitted through the
 * response module's {@code BulkSubmissions} (audience and validator checked there), in batches of {@value #BATCH} per transaction. Every response is
 * checked by the real validator first and a failure stops the run: when a questionnaire changes,
 * the generator must change with it rather than write answers that real respondents could not
 * submit. The same seed always gives the same organisations and answers. Administrators only;
 * start-up work runs as the system account.
 */
@Component
public class SyntheticResponses {

    static final int BATCH = 200;
    /** Shown as "submitted by" in each response's history, so nobody mistakes the data for real answers. */
    static final String SUBMITTED_BY = "Synthetic data";

    private static final List<CollectionMode> MODES = List.of(CollectionMode.ONLINE, CollectionMode.ON_BEHALF,
            CollectionMode.IMPORTED);
    private static final double[] MODE_WEIGHTS = {85, 10, 5};

    private final SurveyRoundService rounds;
    private final QuestionnaireService questionnaires;
    private final OrganisationService organisations;
    private final ReferenceDataService referenceData;
    private final BulkSubmissions submissions;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SyntheticResponses(SurveyRoundService rounds, QuestionnaireService questionnaires, OrganisationService organisations,
                       ReferenceDataService referenceData, BulkSubmissions submissions,
                       PlatformTransactionManager transactionManager, Clock clock) {
        this.rounds = rounds;
        this.questionnaires = questionnaires;
        this.organisations = organisations;
        this.referenceData = referenceData;
        this.submissions = submissions;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /**
     * Creates {@code count} fictional organisations of the kind the round's questionnaire is for,
     * spread over the round's area, and submits a response for each.
     */
    @AdminOnly
    public GeneratedRound generate(long roundId, int count, long seed) {
        Generation generation = start(roundId, seed);
        for (int done = 0; done < count; done += BATCH) {
            List<Respondent> batch = new ArrayList<>();
            for (int i = done; i < Math.min(count, done + BATCH); i++) {
                batch.add(generation.respondents().invent());
            }
            write(generation, batch);
        }
        return generation.result(clock);
    }

    /**
     * Creates {@code count} fictional organisations that the round asks but that have not answered
     * (yet), so that response rates and the list to chase look like a real round.
     */
    @AdminOnly
    public List<Long> inviteWithoutAnswering(long roundId, int count, long seed) {
        Generation generation = start(roundId, seed);
        List<Long> created = new ArrayList<>(count);
        transactions.executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                created.add(organisations.create(generation.respondents().invent().draft()).id());
            }
        });
        return created;
    }

    /** Submits synthetic responses for organisations that exist, fitting their sector, size and place. */
    @AdminOnly
    public GeneratedRound respondFor(long roundId, Collection<Long> organisationIds, long seed) {
        Generation generation = start(roundId, seed);
        List<Long> ids = List.copyOf(organisationIds);
        for (int done = 0; done < ids.size(); done += BATCH) {
            List<Respondent> batch = new ArrayList<>();
            for (long id : ids.subList(done, Math.min(ids.size(), done + BATCH))) {
                // Whether the round asks each organisation is BulkSubmissions' check, made before anything is written.
                batch.add(generation.respondents().answerFor(organisations.get(id)));
            }
            write(generation, batch);
        }
        return generation.result(clock);
    }

    private Generation start(long roundId, long seed) {
        SurveyRoundSummary round = rounds.get(roundId);
        QuestionnaireDefinition definition = questionnaires.definition(round.questionnaireVersionId());
        OrganisationKind kind = definition.audience();
        if (!round.audience().contains(kind)) {
            throw new IllegalArgumentException("Round " + roundId + " does not ask " + kind + " organisations, "
                    + "whom its questionnaire " + definition.code() + " is for.");
        }
        List<LocalAuthority> places = referenceData.localAuthoritiesIn(round.lsipCode());
        List<String> withCouncils = kind != OrganisationKind.COUNCIL ? List.of()
                : organisations.search(new OrganisationQuery(null, OrganisationKind.COUNCIL, round.lsipCode(), true),
                Pageable.unpaged()).stream().map(OrganisationSummary::ladCode).toList();
        return new Generation(round, new SyntheticRespondents(kind, places, withCouncils, seed), new SubmissionTimes(round, clock),
                new ArrayList<>(), new ArrayList<>(), clock.instant());
    }

    /** Every response is checked by the real validator (BulkSubmissions refuses the batch otherwise). */
    private void write(Generation generation, List<Respondent> batch) {
        // How and when each was submitted: mostly online, some entered by the ERB or imported, over the round's weeks.
        Draws draws = generation.respondents().draws();
        List<CollectionMode> modes = batch.stream().map(r -> MODES.get(draws.weighted(MODE_WEIGHTS))).toList();
        List<Instant> times = batch.stream().map(r -> generation.times().next(draws)).toList();
        transactions.executeWithoutResult(status -> {
            List<BulkSubmissions.Submission> rows = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                Respondent respondent = batch.get(i);
                long organisationId = respondent.organisationId() != null ? respondent.organisationId()
                        : organisations.create(respondent.draft()).id();
                generation.organisationIds().add(organisationId);
                rows.add(new BulkSubmissions.Submission(organisationId, respondent.answers(), modes.get(i), times.get(i)));
            }
            generation.responseIds().addAll(submissions.submit(generation.round().id(), rows, SUBMITTED_BY));
        });
    }

    private record Generation(SurveyRoundSummary round, SyntheticRespondents respondents,
                              SubmissionTimes times, List<Long> organisationIds, List<Long> responseIds, Instant started) {

        GeneratedRound result(Clock clock) {
            return new GeneratedRound(round.id(), organisationIds, responseIds, Duration.between(started, clock.instant()));
        }
    }
}
