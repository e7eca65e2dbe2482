package uk.skillsplan.response.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.skillsplan.response.Answers;
import uk.skillsplan.response.Cell;

/**
 * Answer cells in plain SQL: the working copy ({@code answer}) and the kept submissions
 * ({@code answer_revision}). Writes are batched; a snapshot is one INSERT ... SELECT per response.
 *
 * <p>Statements about many responses are JDBC batches of one statement per response id, never one
 * statement with a long {@code in (...)} list: H2 checks every row read against such a list one value
 * after another, and PostgreSQL without fresh statistics reads the whole table for it, so a 5,000-row
 * import spent most of its time there (docs/benchmarks.md). A lookup by response id uses the primary key
 * on both.
 */
@Repository
public class AnswerStore {

    private static final String COLUMNS = "question_code, row_key, column_key, value_number, value_text, value_option";
    /**
     * Answer rows per JDBC batch when many responses are written at once. One batch of a 5,000-row
     * import's 275,000 cells held about 75 MB in PostgreSQL's driver (docs/benchmarks.md).
     */
    static final int ROWS_PER_BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    AnswerStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Answers load(long responseId) {
        return collect(jdbc.sql("select " + COLUMNS + " from answer where response_id = ? order by question_code, row_key, column_key")
                .param(responseId).query(AnswerStore::codedRow).list());
    }

    public Answers loadRevision(long responseId, int revision) {
        return collect(jdbc.sql("select " + COLUMNS + " from answer_revision where response_id = ? and revision = ? "
                        + "order by question_code, row_key, column_key")
                .params(responseId, revision).query(AnswerStore::codedRow).list());
    }

    /** Replaces the answers to the given questions (all of their cells) with the given cells. */
    public void replace(long responseId, Map<String, List<Cell>> byQuestion) {
        delete(responseId, byQuestion.keySet());
        List<Object[]> rows = new ArrayList<>();
        byQuestion.forEach((code, cells) -> cells.forEach(cell -> rows.add(new Object[]{responseId, code, cell.rowKey(),
                cell.columnKey(), cell.number(), cell.text(), cell.option()})));
        if (!rows.isEmpty()) {
            template.batchUpdate("insert into answer (response_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)", rows);
        }
    }

    public void delete(long responseId, Collection<String> questionCodes) {
        if (questionCodes.isEmpty()) {
            return;
        }
        jdbc.sql("delete from answer where response_id = :id and question_code in (:codes)")
                .param("id", responseId).param("codes", questionCodes).update();
    }

    /** Removes the whole working copy of each of the given responses. */
    public void deleteAll(Collection<Long> responseIds) {
        if (!responseIds.isEmpty()) {
            template.batchUpdate("delete from answer where response_id = ?",
                    responseIds.stream().map(id -> new Object[]{id}).toList());
        }
    }

    /** Inserts the answers of many responses in batches of {@value #ROWS_PER_BATCH}; their working copies must be empty. */
    public void insertAll(Map<Long, Answers> byResponse) {
        List<Object[]> rows = new ArrayList<>();
        byResponse.forEach((responseId, answers) -> answers.asMap().forEach((code, cells) -> cells.forEach(cell ->
                rows.add(new Object[]{responseId, code, cell.rowKey(), cell.columnKey(), cell.number(), cell.text(),
                        cell.option()}))));
        if (!rows.isEmpty()) {
            template.batchUpdate("insert into answer (response_id, " + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)", rows,
                    ROWS_PER_BATCH, (statement, row) -> new ArgumentPreparedStatementSetter(row).setValues(statement));
        }
    }

    /** Keeps the working copies of many responses, unchanged, as the given revisions (one batch). */
    public void snapshotAll(Map<Long, Integer> revisionByResponse) {
        if (!revisionByResponse.isEmpty()) {
            template.batchUpdate("insert into answer_revision (response_id, revision, " + COLUMNS + ") select response_id, ?, "
                    + COLUMNS + " from answer where response_id = ?", revisionByResponse.entrySet().stream()
                    .map(e -> new Object[]{e.getValue(), e.getKey()}).toList());
        }
    }

    /** Keeps the current working copy, unchanged, as the given revision. */
    public void snapshot(long responseId, int revision) {
        jdbc.sql("insert into answer_revision (response_id, revision, " + COLUMNS + ") select response_id, ?, " + COLUMNS
                + " from answer where response_id = ?").params(revision, responseId).update();
    }

    private static Cell row(ResultSet rs, int n) throws SQLException {
        return new Cell(rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5), rs.getString(6));
    }

    private record CodedCell(String questionCode, Cell cell) {
    }

    private static CodedCell codedRow(ResultSet rs, int n) throws SQLException {
        return new CodedCell(rs.getString(1), row(rs, n));
    }

    private static Answers collect(List<CodedCell> cells) {
        Map<String, List<Cell>> byQuestion = new LinkedHashMap<>();
        cells.forEach(c -> byQuestion.computeIfAbsent(c.questionCode(), k -> new ArrayList<>()).add(c.cell()));
        return new Answers(byQuestion);
    }
}
