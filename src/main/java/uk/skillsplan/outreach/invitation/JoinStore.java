package uk.skillsplan.outreach.invitation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.skillsplan.outreach.JoinDetails;
import uk.skillsplan.outreach.JoinedOrganisation;

/** The join_request table. */
@Repository
public class JoinStore {

    public record Request(long id, long roundId, JoinDetails details, Instant expiresAt, Instant verifiedAt) {
    }

    private final JdbcClient jdbc;

    JoinStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long roundId, String tokenHash, JoinDetails d, Instant now, Instant expires) {
        jdbc.sql("insert into join_request (round_id, token_hash, name, lad_code, sic_section, size_band, "
                        + "companies_house_number, contact_name, email, created_at, expires_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(roundId, tokenHash, d.name(), d.ladCode(), d.sicSection(), d.sizeBand(), d.companiesHouseNumber(),
                        d.contactName(), d.email(), Timestamp.from(now), Timestamp.from(expires))
                .update();
    }

    public Optional<Request> find(String tokenHash) {
        return jdbc.sql("select id, round_id, name, lad_code, sic_section, size_band, companies_house_number, "
                        + "contact_name, email, expires_at, verified_at from join_request where token_hash = ?")
                .param(tokenHash)
                .query((rs, n) -> new Request(rs.getLong(1), rs.getLong(2), new JoinDetails(rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8),
                        rs.getString(9)), rs.getTimestamp(10).toInstant(),
                        rs.getTimestamp(11) == null ? null : rs.getTimestamp(11).toInstant()))
                .optional();
    }

    /** Marks the request verified, once, while it is valid: false if it was used or has expired. */
    public boolean verify(String tokenHash, Instant now) {
        return jdbc.sql("update join_request set verified_at = ? where token_hash = ? and verified_at is null "
                        + "and expires_at > ?")
                .params(Timestamp.from(now), tokenHash, Timestamp.from(now)).update() == 1;
    }

    public void recordOrganisation(long id, long organisationId, Long possibleDuplicateOf) {
        jdbc.sql("update join_request set organisation_id = ?, possible_duplicate_of = ? where id = ?")
                .params(organisationId, possibleDuplicateOf, id).update();
    }

    public List<JoinedOrganisation> joined(long roundId) {
        return jdbc.sql("""
                select j.organisation_id, o.name, j.email, j.verified_at, j.possible_duplicate_of, d.name
                from join_request j
                join directory_organisation o on o.id = j.organisation_id
                left join directory_organisation d on d.id = j.possible_duplicate_of
                where j.round_id = ? and j.verified_at is not null order by j.verified_at desc""")
                .param(roundId)
                .query((rs, n) -> new JoinedOrganisation(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant(), rs.getObject(5) == null ? null : rs.getLong(5), rs.getString(6)))
                .list();
    }
}
