package uk.skillsplan.response;

import uk.skillsplan.security.ErbLeadOrAdmin;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.response.progress.RoundProgressQueries;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/** The ERB's view of a round: who has started and submitted, and who to chase. ERB lead of the area or admin. */
@Service
@Transactional(readOnly = true)
public class RoundProgressService {

    private final RoundProgressQueries queries;
    private final SurveyRoundService rounds;

    RoundProgressService(RoundProgressQueries queries, SurveyRoundService rounds) {
        this.queries = queries;
        this.rounds = rounds;
    }

    @ErbLeadOrAdmin
    public RoundProgress progress(long roundId) {
        managed(roundId);
        return new RoundProgress(queries.total(roundId),
                queries.byLocalAuthority(roundId),
                queries.bySector(roundId),
                queries.bySizeBand(roundId));
    }

    /** Just the totals, for summaries such as the home page. */
    @ErbLeadOrAdmin
    public ProgressRow total(long roundId) {
        managed(roundId);
        return queries.total(roundId);
    }

    @ErbLeadOrAdmin
    public List<NonRespondent> notSubmitted(long roundId, int offset, int limit) {
        managed(roundId);
        return queries.notSubmitted(roundId, offset, limit);
    }

    @ErbLeadOrAdmin
    public int countNotSubmitted(long roundId) {
        managed(roundId);
        return queries.countNotSubmitted(roundId);
    }

    /** The chase list narrowed to some organisations (sections, size band, local authority), same checks. */
    @ErbLeadOrAdmin
    public List<NonRespondent> notSubmitted(long roundId, ChaseFilter filter, int offset, int limit) {
        managed(roundId);
        return queries.notSubmitted(roundId, filter, offset, limit);
    }

    @ErbLeadOrAdmin
    public int countNotSubmitted(long roundId, ChaseFilter filter) {
        managed(roundId);
        return queries.countNotSubmitted(roundId, filter);
    }

    private SurveyRoundSummary managed(long roundId) {
        return rounds.requireManaged(roundId, "Only the ERB lead of the round's area can follow its progress.");
    }
}
