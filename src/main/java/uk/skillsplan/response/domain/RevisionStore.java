package uk.skillsplan.response.domain;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.skillsplan.response.CollectionMode;
import uk.skillsplan.response.RevisionSummary;

/** The list of kept submissions of each response (append-only). */
@Repository
public class RevisionStore {

    private static final String INSERT = "insert into response_revision (response_id, revision, reference, "
            + "collection_mode, submitted_at, submitted_by, submitted_by_name) values (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RevisionStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public void add(long responseId, RevisionSummary revision, Long submittedBy) {
        jdbc.sql(INSERT)
                .params(responseId, revision.revision(), revision.reference(), revision.collectionMode().name(),
                        Timestamp.from(revision.submittedAt()), submittedBy, revision.submittedByName())
                .update();
    }

    /** Adds one revision to each of many responses, in one batch; all submitted by the same person. */
    public void addAll(Map<Long, RevisionSummary> byResponse, Long submittedBy) {
        List<Object[]> rows = new ArrayList<>(byResponse.size());
        byResponse.forEach((responseId, revision) -> rows.add(new Object[]{responseId, revision.revision(),
                revision.reference(), revision.collectionMode().name(), Timestamp.from(revision.submittedAt()), submittedBy,
                revision.submittedByName()}));
        if (!rows.isEmpty()) {
            template.batchUpdate(INSERT, rows);
        }
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
