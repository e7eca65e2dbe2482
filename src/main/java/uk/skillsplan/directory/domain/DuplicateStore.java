package uk.skillsplan.directory.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What finding and merging duplicate organisations reads and writes in the directory's own tables. */
@Repository
public class DuplicateStore {

    /** An active employer, as much as telling duplicates apart needs. */
    public record Candidate(long id, String name, String ladCode, String companiesHouseNumber,
                            boolean needsConfirmation) {
    }

    private final JdbcClient jdbc;

    DuplicateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Active employers of an area ({@code null}: every area), oldest first: a few columns each. */
    public List<Candidate> activeEmployers(String lsipCode) {
        return jdbc.sql("select o.id, o.name, o.lad_code, o.companies_house_number, o.needs_confirmation "
                        + "from organisation o join local_authority la on la.lad_code = o.lad_code "
                        + "where o.kind = 'EMPLOYER' and o.active = true"
                        + (lsipCode == null ? "" : " and la.lsip_code = ?") + " order by o.id")
                .params(lsipCode == null ? List.of() : List.of(lsipCode))
                .query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5)))
                .list();
    }

    public void moveContact(long contactId, long toOrganisationId) {
        jdbc.sql("update organisation_contact set organisation_id = ? where id = ?").params(toOrganisationId, contactId)
                .update();
    }

    /** The stricter wins: a contact that opted out under either organisation stays opted out. */
    public void keepOptOut(long contactId, Instant optedOutAt) {
        jdbc.sql("update organisation_contact set opted_out_at = ? where id = ? and opted_out_at is null")
                .params(Timestamp.from(optedOutAt), contactId).update();
    }
}
