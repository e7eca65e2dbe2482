package uk.skillsplan.response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.response.domain.AnswerStore;
import uk.skillsplan.response.domain.Response;
import uk.skillsplan.response.domain.ResponseRepository;
import uk.skillsplan.response.domain.RevisionStore;

/**
 * Writes complete, already validated responses as submitted revisions in bulk: the import and the
 * synthetic-data generator share it. Callers check access and validity first; this class only
 * stores. Response rows go through JPA (so ids come from the shared sequence), answer cells through
 * batched SQL.
 */
@Component
public class SubmittedResponseWriter {

    /** One response to write. {@code existingResponseId} replaces that response with a new revision. */
    public record Submission(long roundId, long organisationId, Answers answers, Long existingResponseId) {
    }

    private final ResponseRepository responses;
    private final AnswerStore answers;
    private final RevisionStore revisions;

    SubmittedResponseWriter(ResponseRepository responses, AnswerStore answers, RevisionStore revisions) {
        this.responses = responses;
        this.answers = answers;
        this.revisions = revisions;
    }

    /** Writes all submissions in the caller's transaction (all or nothing); returns the response ids. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Long> write(List<Submission> submissions, CollectionMode mode, String byName, Long byUserId, Instant at) {
        List<Response> rows = new ArrayList<>(submissions.size());
        for (Submission submission : submissions) {
            rows.add(submission.existingResponseId() == null
                    ? new Response(submission.roundId(), submission.organisationId(), mode, at)
                    : responses.findById(submission.existingResponseId()).orElseThrow());
        }
        responses.saveAllAndFlush(rows);
        List<Long> ids = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            Response response = rows.get(i);
            Answers given = submissions.get(i).answers();
            answers.delete(response.getId(), answers.load(response.getId()).asMap().keySet());
            answers.replace(response.getId(), given.asMap());
            int revision = response.nextRevision();
            revisions.add(response.getId(), new RevisionSummary(revision,
                    "SP-" + response.getRoundId() + "-" + response.getId() + "-" + revision, mode, at, byName), byUserId);
            answers.snapshot(response.getId(), revision);
            response.submitted(revision, mode, at);
            ids.add(response.getId());
        }
        responses.flush();
        return ids;
    }
}
