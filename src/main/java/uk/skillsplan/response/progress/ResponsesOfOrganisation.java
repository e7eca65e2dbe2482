package uk.skillsplan.response.progress;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.skillsplan.directory.OrganisationUsage;

/** An organisation that has answered (or started answering) a survey keeps its kind. */
@Component
class ResponsesOfOrganisation implements OrganisationUsage {

    private final JdbcClient jdbc;

    ResponsesOfOrganisation(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean uses(long organisationId) {
        return jdbc.sql("select count(*) from response where organisation_id = ?").param(organisationId)
                .query(Integer.class).single() > 0;
    }

    @Override
    public String what() {
        return "survey responses";
    }
}
