package uk.skillsplan.outreach.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.skillsplan.outreach.OutboxMessage;

/** The outbox_message table. */
@Repository
public class OutboxStore {

    private static final String COLUMNS = "id, lsip_code, recipient, subject, body, status, attempts, next_attempt_at, "
            + "last_error, created_at, sent_at";

    private final JdbcClient jdbc;

    OutboxStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Mail mail, Instant now) {
        jdbc.sql("insert into outbox_message (lsip_code, recipient, subject, body, reference, status, attempts, "
                        + "next_attempt_at, created_at) values (?, ?, ?, ?, ?, 'QUEUED', 0, ?, ?)")
                .params(mail.lsipCode(), mail.recipient(), mail.subject(), mail.body(), mail.reference(),
                        Timestamp.from(now), Timestamp.from(now))
                .update();
    }

    /**
     * Locks up to {@code limit} messages that are due, skipping those another node has locked: the
     * caller sends them and records the outcome before its transaction ends, so no message is sent by
     * two nodes. H2 accepts the same statement.
     */
    public List<OutboxMessage> lockDue(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + " from outbox_message where status = 'QUEUED' and next_attempt_at <= ? "
                        + "order by id limit ? for update skip locked")
                .params(Timestamp.from(now), limit)
                .query(OutboxStore::map).list();
    }

    public void markSent(long id, Instant now) {
        jdbc.sql("update outbox_message set status = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null "
                + "where id = ?").params(Timestamp.from(now), id).update();
    }

    public void markFailed(long id, String error, Instant nextAttempt, boolean giveUp) {
        jdbc.sql("update outbox_message set status = ?, attempts = attempts + 1, next_attempt_at = ?, last_error = ? "
                        + "where id = ?")
                .params(giveUp ? "FAILED" : "QUEUED", Timestamp.from(nextAttempt),
                        error.length() > 1000 ? error.substring(0, 1000) : error, id)
                .update();
    }

    /** A permanent refusal (SMTP 5xx): never tried again. */
    public void markBounced(long id, String error) {
        jdbc.sql("update outbox_message set status = 'BOUNCED', attempts = attempts + 1, last_error = ? where id = ?")
                .params(error.length() > 1000 ? error.substring(0, 1000) : error, id)
                .update();
    }

    /** A bounce report that came after the message was sent; returns whether a sent message of the area was marked. */
    public boolean recordLaterBounce(long id, String area, String report) {
        return jdbc.sql("update outbox_message set status = 'BOUNCED', last_error = ? where id = ? and status = 'SENT'"
                        + (area == null ? "" : " and lsip_code = ?"))
                .params(area == null ? List.of(report, id) : List.of(report, id, area))
                .update() == 1;
    }

    /** Messages newest first; {@code area} null for every area, {@code status} null for any. */
    public List<OutboxMessage> find(String area, OutboxMessage.Status status, String recipient, int offset, int limit) {
        Where where = where(area, status, recipient);
        return jdbc.sql("select " + COLUMNS + " from outbox_message" + where.sql + " order by id desc limit "
                        + limit + " offset " + offset)
                .params(where.params).query(OutboxStore::map).list();
    }

    public int count(String area, OutboxMessage.Status status, String recipient) {
        Where where = where(area, status, recipient);
        return jdbc.sql("select count(*) from outbox_message" + where.sql).params(where.params)
                .query(Integer.class).single();
    }

    public java.util.Map<OutboxMessage.Status, Integer> countsByStatus() {
        java.util.Map<OutboxMessage.Status, Integer> counts = new java.util.EnumMap<>(OutboxMessage.Status.class);
        jdbc.sql("select status, count(*) from outbox_message group by status")
                .query((rs, n) -> counts.put(OutboxMessage.Status.valueOf(rs.getString(1)), rs.getInt(2))).list();
        return counts;
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(String area, OutboxMessage.Status status, String recipient) {
        List<String> conditions = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (area != null) {
            conditions.add("lsip_code = ?");
            params.add(area);
        }
        if (status != null) {
            conditions.add("status = ?");
            params.add(status.name());
        }
        if (recipient != null && !recipient.isBlank()) {
            conditions.add("lower(recipient) like ?");
            params.add("%" + recipient.trim().toLowerCase(java.util.Locale.ROOT).replace("%", "") + "%");
        }
        return new Where(conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions), params);
    }

    private static OutboxMessage map(ResultSet rs, int row) throws SQLException {
        return new OutboxMessage(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                OutboxMessage.Status.valueOf(rs.getString(6)), rs.getInt(7), instant(rs.getTimestamp(8)),
                rs.getString(9), instant(rs.getTimestamp(10)), instant(rs.getTimestamp(11)));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
