package uk.skillsplan.outreach.invitation;

import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.skillsplan.directory.OrganisationsMerged;

/**
 * Moves the retired organisation's invitations and join requests to the kept one when the ERB lead
 * merges duplicates, in the merge's transaction. An invitation of a contact the kept organisation
 * already had (same e-mail) moves to that contact, unless that contact was invited to the same round
 * too: then the older invitation stays with the retired organisation, where nothing counts it any more.
 */
@Component
class OutreachOfMergedOrganisations {

    private final JdbcClient jdbc;

    OutreachOfMergedOrganisations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void on(OrganisationsMerged merged) {
        for (Map.Entry<Long, Long> replaced : merged.contactsReplaced().entrySet()) {
            jdbc.sql("update invitation set contact_id = ?, organisation_id = ? where contact_id = ? and not exists "
                            + "(select 1 from invitation k where k.round_id = invitation.round_id and k.contact_id = ?)")
                    .params(replaced.getValue(), merged.keptId(), replaced.getKey(), replaced.getValue()).update();
        }
        // The contacts that moved as they are: their invitations follow them.
        jdbc.sql("update invitation set organisation_id = ? where organisation_id = ? and contact_id in "
                        + "(select id from directory_contact where organisation_id = ?)")
                .params(merged.keptId(), merged.retiredId(), merged.keptId()).update();
        jdbc.sql("update join_request set organisation_id = ? where organisation_id = ?")
                .params(merged.keptId(), merged.retiredId()).update();
        jdbc.sql("update join_request set possible_duplicate_of = null where organisation_id = ? "
                        + "and possible_duplicate_of in (?, ?)")
                .params(merged.keptId(), merged.keptId(), merged.retiredId()).update();
        jdbc.sql("update join_request set possible_duplicate_of = ? where possible_duplicate_of = ?")
                .params(merged.keptId(), merged.retiredId()).update();
    }
}
