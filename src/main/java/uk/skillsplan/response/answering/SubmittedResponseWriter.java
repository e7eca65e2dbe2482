package uk.skillsplan.response.answering;

import uk.skillsplan.response.Answers;
import uk.skillsplan.response.CollectionMode;
import uk.skillsplan.response.RevisionSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.response.domain.AnswerStore;
import uk.skillsplan.response.domain.Response;
import uk.skillsplan.response.domain.ResponseRepository;
import uk.skillsplan.response.domain.RevisionStore;

/**
 * Writes complete, already validated responses as submitted revisions in bulk, for the import and
 * for {@code BulkSubmissions} (synthetic data). Internal to the module: its callers check access,
 * the round's audience and validity first; this class only stores. Response rows go through JPA (so ids come from the shared sequence), answer cells,
 * revisions and snapshots through batched SQL: a handful of statements per call, however many
 * responses it writes.
 */
@Component
public class SubmittedResponseWriter {

    /** One response to write. {@code existingResponseId} replaces that response with a new revision. */
    public record Submission(long roundId, long organisationId, Answers answers, Long existingResponseId) {
    }

    private final ResponseRepository responses;
    private final AnswerStore answers;
    private final RevisionStore revisions;
    private final SubmissionRecords records;
    private final SurveyRoundService rounds;
    private final QuestionnaireService questionnaires;

    SubmittedResponseWriter(ResponseRepository responses, AnswerStore answers, RevisionStore revisions,
                            SubmissionRecords records, SurveyRoundService rounds, QuestionnaireService questionnaires) {
        this.responses = responses;
        this.answers = answers;
        this.revisions = revisions;
        this.records = records;
        this.rounds = rounds;
        this.questionnaires = questionnaires;
    }

    /** Writes all submissions in the caller's transaction (all or nothing); returns the response ids. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> write(List<Submission> submissions, CollectionMode mode, String byName, Long byUserId, Instant at) {
        return write(submissions, Collections.nCopies(submissions.size(), mode),
                Collections.nCopies(submissions.size(), at), byName, byUserId);
    }

    /**
     * As {@link #write(List, CollectionMode, String, Long, Instant)}, but each submission with its own
     * collection mode and time (synthetic data spread over a round's weeks).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> write(List<Submission> submissions, List<CollectionMode> modes, List<Instant> times,
                            String byName, Long byUserId) {
        List<Response> rows = new ArrayList<>(submissions.size());
        List<Long> replaced = new ArrayList<>();
        for (int i = 0; i < submissions.size(); i++) {
            Submission submission = submissions.get(i);
            if (submission.existingResponseId() == null) {
                rows.add(new Response(submission.roundId(), submission.organisationId(), modes.get(i), times.get(i)));
            } else if (replaced.contains(submission.existingResponseId())) {
                throw new IllegalArgumentException("Response " + submission.existingResponseId() + " is given twice.");
            } else {
                rows.add(responses.findById(submission.existingResponseId()).orElseThrow());
                replaced.add(submission.existingResponseId());
            }
        }
        responses.saveAllAndFlush(rows);
        // The working copy becomes exactly the submitted answers; new responses have none to remove.
        answers.deleteAll(replaced);
        Map<Long, Answers> given = new LinkedHashMap<>();
        Map<Long, RevisionSummary> kept = new LinkedHashMap<>();
        Map<Long, Integer> revisionNumbers = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Response response = rows.get(i);
            int revision = response.nextRevision();
            given.put(response.getId(), submissions.get(i).answers());
            kept.put(response.getId(), new RevisionSummary(revision,
                    "SP-" + response.getRoundId() + "-" + response.getId() + "-" + revision, modes.get(i), times.get(i),
                    byName));
            revisionNumbers.put(response.getId(), revision);
            ids.add(response.getId());
        }
        answers.insertAll(given);
        revisions.addAll(kept, byUserId);
        answers.snapshotAll(revisionNumbers);
        Map<Long, List<SubmissionRecords.Submitted>> byRound = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Response response = rows.get(i);
            int revision = revisionNumbers.get(ids.get(i));
            response.submitted(revision, modes.get(i), times.get(i));
            byRound.computeIfAbsent(response.getRoundId(), id -> new ArrayList<>()).add(new SubmissionRecords.Submitted(
                    response.getId(), response.getRoundId(), response.getOrganisationId(), revision, modes.get(i),
                    times.get(i), submissions.get(i).answers()));
        }
        responses.flush();
        byRound.forEach((roundId, submitted) -> {
            SurveyRoundSummary round = rounds.describe(roundId);
            records.recorded(questionnaires.definition(round.questionnaireVersionId()), round.lsipCode(), submitted);
        });
        return ids;
    }
}
