package uk.skillsplan.outreach.invitation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.skillsplan.outreach.Reminder;

/** The reminder table. */
@Repository
public class ReminderStore {

    private static final String COLUMNS = "id, round_id, send_on, wording, only_not_started, sent_at, sent_count";

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long roundId, LocalDate sendOn, String wording, boolean onlyNotStarted) {
        jdbc.sql("insert into reminder (round_id, send_on, wording, only_not_started) values (?, ?, ?, ?)")
                .params(roundId, Date.valueOf(sendOn), wording, onlyNotStarted).update();
    }

    public List<Reminder> ofRound(long roundId) {
        return jdbc.sql("select " + COLUMNS + " from reminder where round_id = ? order by send_on, id").param(roundId)
                .query(ReminderStore::map).list();
    }

    /** Due reminders, locked so that one node sends each (others skip it). */
    public List<Reminder> lockDue(LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from reminder where sent_at is null and send_on <= ? order by id "
                        + "for update skip locked")
                .param(Date.valueOf(today)).query(ReminderStore::map).list();
    }

    public void markSent(long id, Instant now, int count) {
        jdbc.sql("update reminder set sent_at = ?, sent_count = ? where id = ?").params(Timestamp.from(now), count, id)
                .update();
    }

    public int deleteUnsent(long id, long roundId) {
        return jdbc.sql("delete from reminder where id = ? and round_id = ? and sent_at is null").params(id, roundId)
                .update();
    }

    private static Reminder map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        Timestamp sent = rs.getTimestamp(6);
        Object count = rs.getObject(7);
        return new Reminder(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate(), rs.getString(4), rs.getBoolean(5),
                sent == null ? null : sent.toInstant(), count == null ? null : ((Number) count).intValue());
    }
}
