package uk.skillsplan.response;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.response.domain.RoundProgressQueries;
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

    @PreAuthorize("hasAnyRole('ERB_LEAD', 'ADMIN')")
    public RoundProgress progress(long roundId) {
        SurveyRoundSummary round = managed(roundId);
        List<String> kinds = kinds(round);
        return new RoundProgress(queries.total(roundId, round.lsipCode(), kinds),
                queries.byLocalAuthority(roundId, round.lsipCode(), kinds),
                queries.bySector(roundId, round.lsipCode(), kinds),
                queries.bySizeBand(roundId, round.lsipCode(), kinds));
    }

    /** Just the totals, for summaries such as the home page. */
    @PreAuthorize("hasAnyRole('ERB_LEAD', 'ADMIN')")
    public ProgressRow total(long roundId) {
        SurveyRoundSummary round = managed(roundId);
        return queries.total(roundId, round.lsipCode(), kinds(round));
    }

    @PreAuthorize("hasAnyRole('ERB_LEAD', 'ADMIN')")
    public List<NonRespondent> notSubmitted(long roundId, int offset, int limit) {
        SurveyRoundSummary round = managed(roundId);
        return queries.notSubmitted(roundId, round.lsipCode(), kinds(round), offset, limit);
    }

    @PreAuthorize("hasAnyRole('ERB_LEAD', 'ADMIN')")
    public int countNotSubmitted(long roundId) {
        SurveyRoundSummary round = managed(roundId);
        return queries.countNotSubmitted(roundId, round.lsipCode(), kinds(round));
    }

    private SurveyRoundSummary managed(long roundId) {
        SurveyRoundSummary round = rounds.describe(roundId);
        if (!rounds.manages(round)) {
            throw new AccessDeniedException("Only the ERB lead of the round's area can follow its progress.");
        }
        return round;
    }

    private static List<String> kinds(SurveyRoundSummary round) {
        return round.audience().stream().map(Enum::name).sorted().toList();
    }
}
