package uk.skillsplan.response;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.response.answering.AnswerValidator;
import uk.skillsplan.response.answering.SubmittedResponseWriter;
import uk.skillsplan.response.domain.ResponseRepository;
import uk.skillsplan.security.AdminOnly;
import uk.skillsplan.survey.RoundAudience;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * Submits many complete responses at once, for synthetic demo data and benchmarks: administrators
 * only, each organisation must be one the round asks and still without a response, and every
 * response must pass the same validator as the form. Anything refused refuses the whole call and
 * nothing is written. The only way in for other modules to write submitted answers in bulk.
 */
@Service
public class BulkSubmissions {

    /** One organisation's complete answers, submitted in {@code mode} at {@code at}. */
    public record Submission(long organisationId, Answers answers, CollectionMode mode, Instant at) {
    }

    private final SurveyRoundService rounds;
    private final RoundAudience audience;
    private final ResponseService answering;
    private final ResponseRepository responses;
    private final SubmittedResponseWriter writer;

    BulkSubmissions(SurveyRoundService rounds, RoundAudience audience, ResponseService answering,
                    ResponseRepository responses, SubmittedResponseWriter writer) {
        this.rounds = rounds;
        this.audience = audience;
        this.answering = answering;
        this.responses = responses;
        this.writer = writer;
    }

    /** Writes the submissions to the round in one transaction (all or nothing); returns the new response ids. */
    @AdminOnly
    @Transactional
    public List<Long> submit(long roundId, List<Submission> submissions, String submittedBy) {
        SurveyRoundSummary round = rounds.get(roundId);
        // Organisations created earlier in the caller's transaction must be visible to the SQL below.
        responses.flush();
        List<Long> ids = submissions.stream().map(Submission::organisationId).toList();
        Set<Long> asked = audience.askedAmong(roundId, ids);
        List<Long> notAsked = ids.stream().filter(id -> !asked.contains(id)).toList();
        if (!notAsked.isEmpty()) {
            throw ValidationException.of(ValidationException.FORM, "Round " + roundId + " does not ask organisations "
                    + notAsked + " to answer.");
        }
        if (ids.stream().distinct().count() != ids.size()
                || ids.stream().anyMatch(id -> responses.findByRoundIdAndOrganisationId(roundId, id).isPresent())) {
            throw ValidationException.of(ValidationException.FORM, "Each organisation answers a round once; some of "
                    + ids + " already have a response to round " + roundId + ".");
        }
        AnswerValidator validator = answering.validator(round);
        for (Submission submission : submissions) {
            List<Problem> problems = validator.problems(submission.answers());
            if (!problems.isEmpty()) {
                throw ValidationException.of(ValidationException.FORM, "The answers for organisation "
                        + submission.organisationId() + " would be refused by " + validator.definition().code()
                        + " version " + validator.definition().version() + ": " + problems.stream()
                        .map(p -> p.questionCode() + ": " + p.message()).collect(Collectors.joining("; ")));
            }
        }
        List<SubmittedResponseWriter.Submission> rows = new ArrayList<>(submissions.size());
        for (Submission submission : submissions) {
            rows.add(new SubmittedResponseWriter.Submission(roundId, submission.organisationId(), submission.answers(), null));
        }
        return writer.write(rows, submissions.stream().map(Submission::mode).toList(),
                submissions.stream().map(Submission::at).toList(), submittedBy, null);
    }
}
