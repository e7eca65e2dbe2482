package uk.skillsplan.insight.engine;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.skillsplan.directory.OrganisationsMerged;

/**
 * Keeps the insight facts with their responses when the ERB lead merges duplicate organisations: the
 * responses move to the kept organisation (the response module moves them), so do their facts. The
 * classification the respondent reported stays as it was.
 */
@Component
class FactsOfMergedOrganisations {

    private final JdbcClient jdbc;

    FactsOfMergedOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        jdbc.sql("update insight_response_fact set organisation_id = ? where organisation_id = ?")
                .params(merged.keptId(), merged.retiredId()).update();
    }
}
