package uk.skillsplan.security.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.skillsplan.security.AuditAction;
import uk.skillsplan.security.AuditEntry;

/** The append-only audit_event table: inserts and reads, nothing else. */
@Repository
public class AuditStore {

    private final JdbcClient jdbc;

    AuditStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void append(Instant at, Long actorUserId, String actorName, AuditAction action, String subject, String lsipCode,
                       String detail, String remoteAddress) {
        jdbc.sql("insert into audit_event (occurred_at, actor_user_id, actor_name, action, subject, lsip_code, detail, "
                        + "remote_address) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(Timestamp.from(at), actorUserId, cut(actorName, 120), action.name(), cut(subject, 200), lsipCode,
                        cut(detail, 1000), cut(remoteAddress, 64))
                .update();
    }

    /** A filter in SQL; {@code area} limits to one LSIP area when not null. */
    public record Filter(String area, AuditAction action, String text, Instant from, Instant until) {
    }

    public List<AuditEntry> find(Filter filter, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("select id, occurred_at, actor_name, action, subject, lsip_code, detail, remote_address "
                        + "from audit_event" + where + " order by occurred_at desc, id desc limit ? offset ?")
                .params(params)
                .query((rs, n) -> new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                        AuditAction.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8)))
                .list();
    }

    public int count(Filter filter) {
        List<Object> params = new ArrayList<>();
        return jdbc.sql("select count(*) from audit_event" + where(filter, params)).params(params).query(Integer.class)
                .single();
    }

    private static String where(Filter filter, List<Object> params) {
        List<String> conditions = new ArrayList<>();
        if (filter.area() != null) {
            conditions.add("lsip_code = ?");
            params.add(filter.area());
        }
        if (filter.action() != null) {
            conditions.add("action = ?");
            params.add(filter.action().name());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(actor_name) like ? or lower(subject) like ? or lower(coalesce(detail, '')) like ?)");
            String like = "%" + filter.text().trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                    .replace("_", "\\_") + "%";
            params.add(like);
            params.add(like);
            params.add(like);
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= ?");
            params.add(Timestamp.from(filter.from()));
        }
        if (filter.until() != null) {
            conditions.add("occurred_at < ?");
            params.add(Timestamp.from(filter.until()));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
