package uk.skillsplan.insight.engine;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.skillsplan.directory.OrganisationsMerged;

/**
 * Keeps the insight facts with their responses when the ERB lead merges duplicate organisations: the
 * responses move to the kept organisation (the response module moves them), so do their facts. The
 * classification the respondent reported stays as it was. Sums kept for the rounds they answered are
 * forgotten: a figure over several rounds counts the two organisations as one from now on.
 */
@Component
class FactsOfMergedOrganisations {

    private final JdbcClient jdbc;
    private final SumsCache kept;

    FactsOfMergedOrganisations(JdbcClient jdbc, SumsCache kept) {
        this.jdbc = jdbc;
        this.kept = kept;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        jdbc.sql("update insight_response_fact set organisation_id = ? where organisation_id = ?")
                .params(merged.keptId(), merged.retiredId()).update();
        jdbc.sql("select distinct round_id from insight_response_fact where organisation_id = ?").param(merged.keptId())
                .query(Long.class).list().forEach(kept::changed);
    }
}
