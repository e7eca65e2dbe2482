package uk.skillsplan.outreach.invitation;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Counts requests per bucket and window in the database, so every node sees the same counts. */
@Repository
public class RequestCounter {

    private final JdbcClient jdbc;

    RequestCounter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Counts one request and returns the bucket's count in the window, this one included. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public int count(String bucket, Instant windowStart) {
        Timestamp window = Timestamp.from(windowStart);
        for (int attempt = 0; attempt < 3; attempt++) {
            if (jdbc.sql("update public_request_count set requests = requests + 1 where bucket = ? and window_start = ?")
                    .params(bucket, window).update() == 1) {
                return jdbc.sql("select requests from public_request_count where bucket = ? and window_start = ?")
                        .params(bucket, window).query(Integer.class).single();
            }
            try {
                jdbc.sql("insert into public_request_count (bucket, window_start, requests) values (?, ?, 1)")
                        .params(bucket, window).update();
                return 1;
            } catch (DuplicateKeyException raced) {
                // Another request created the row first: count on it.
            }
        }
        return Integer.MAX_VALUE;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void forgetBefore(Instant before) {
        jdbc.sql("delete from public_request_count where window_start < ?").param(Timestamp.from(before)).update();
    }
}
