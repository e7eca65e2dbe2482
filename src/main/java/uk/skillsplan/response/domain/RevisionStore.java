package uk.skillsplan.response.domain;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.skillsplan.response.CollectionMode;
import uk.skillsplan.response.RevisionSummary;

/** The list of kept submissions of each response (append-only). */
@Repository
public class RevisionStore {

    private final JdbcClient jdbc;

    RevisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long responseId, RevisionSummary revision, Long submittedBy) {
        jdbc.sql("insert into response_revision (response_id, revision, reference, collection_mode, submitted_at, "
                        + "submitted_by, submitted_by_name) values (?, ?, ?, ?, ?, ?, ?)")
                .params(responseId, revision.revision(), revision.reference(), revision.collectionMode().name(),
                        Timestamp.from(revision.submittedAt()), submittedBy, revision.submittedByName())
                .update();
    }

    public List<RevisionSummary> list(long responseId) {
        return jdbc.sql("select revision, reference, collection_mode, submitted_at, submitted_by_name from response_revision "
                        + "where response_id = ? order by revision desc")
                .param(responseId)
                .query((rs, n) -> new RevisionSummary(rs.getInt(1), rs.getString(2), CollectionMode.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(), rs.getString(5)))
                .list();
    }

}
