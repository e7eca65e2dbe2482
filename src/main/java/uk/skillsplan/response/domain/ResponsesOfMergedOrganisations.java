package uk.skillsplan.response.domain;

import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.OrganisationsMerged;
import uk.skillsplan.survey.SurveyRoundService;

/**
 * Moves the retired organisation's responses (and their submitted facts) to the kept one when the ERB
 * lead merges duplicates, in the merge's transaction. Refuses the merge when both answered the same
 * round: one organisation has one response per round, and choosing which answers count is the ERB
 * lead's decision, not the merge's.
 */
@Component
class ResponsesOfMergedOrganisations {

    private final JdbcClient jdbc;
    private final SurveyRoundService rounds;

    ResponsesOfMergedOrganisations(JdbcClient jdbc, SurveyRoundService rounds) {
        this.jdbc = jdbc;
        this.rounds = rounds;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        List<Long> both = jdbc.sql("select r.round_id from response r where r.organisation_id = ? and exists "
                        + "(select 1 from response k where k.round_id = r.round_id and k.organisation_id = ?) "
                        + "order by r.round_id")
                .params(merged.retiredId(), merged.keptId()).query(Long.class).list();
        if (!both.isEmpty()) {
            String title = rounds.describe(both.get(0)).title();
            throw ValidationException.of(ValidationException.FORM, "Both organisations have a response to \""
                    + title + "\"" + (both.size() > 1 ? " and " + (both.size() - 1) + " more rounds" : "")
                    + ", and an organisation has one response per round, so nothing was merged. Decide which "
                    + "response counts first (the respondent can withdraw a draft, or an administrator can help), "
                    + "or keep both organisations.");
        }
        jdbc.sql("update response set organisation_id = ? where organisation_id = ?")
                .params(merged.keptId(), merged.retiredId()).update();
        jdbc.sql("update submitted_response set organisation_id = ? where organisation_id = ?")
                .params(merged.keptId(), merged.retiredId()).update();
    }
}
