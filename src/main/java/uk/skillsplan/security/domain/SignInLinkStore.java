package uk.skillsplan.security.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.skillsplan.security.LinkRequest;
import uk.skillsplan.security.Role;

/** The sign_in_link table: hashes of personal links' tokens and whom they are for. */
@Repository
public class SignInLinkStore {

    public record Link(long id, String email, String displayName, long organisationId, Role role, String reference,
                       String target, Instant expiresAt, Instant usedAt, Long accountId) {
    }

    private final JdbcClient jdbc;

    SignInLinkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(String tokenHash, LinkRequest request, Instant now, Instant expiresAt) {
        jdbc.sql("""
                insert into sign_in_link (token_hash, email, display_name, organisation_id, role, reference, target,
                                          created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(tokenHash, request.email().trim().toLowerCase(java.util.Locale.ROOT), request.displayName(),
                        request.organisationId(), request.role().name(), request.reference(), request.target(),
                        Timestamp.from(now), Timestamp.from(expiresAt))
                .update();
    }

    public Optional<Link> find(String tokenHash) {
        return jdbc.sql("""
                select id, email, display_name, organisation_id, role, reference, target, expires_at, used_at, account_id
                from sign_in_link where token_hash = ?""")
                .param(tokenHash)
                .query((rs, n) -> new Link(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        Role.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7),
                        rs.getTimestamp(8).toInstant(), rs.getTimestamp(9) == null ? null : rs.getTimestamp(9).toInstant(),
                        rs.getObject(10) == null ? null : rs.getLong(10)))
                .optional();
    }

    /** Marks the link used, once: false when it was used already or has expired (a race loses here). */
    public boolean use(String tokenHash, Instant now) {
        return jdbc.sql("update sign_in_link set used_at = ? where token_hash = ? and used_at is null and expires_at > ?")
                .params(Timestamp.from(now), tokenHash, Timestamp.from(now))
                .update() == 1;
    }

    public void recordAccount(long linkId, long accountId) {
        jdbc.sql("update sign_in_link set account_id = ? where id = ?").params(accountId, linkId).update();
    }

    /** Points the links of one organisation at another (a merge of duplicates), so that no link signs in to the retired one. */
    public int moveOrganisation(long from, long to) {
        return jdbc.sql("update sign_in_link set organisation_id = ? where organisation_id = ?").params(to, from).update();
    }
}
