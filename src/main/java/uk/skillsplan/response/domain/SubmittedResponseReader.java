package uk.skillsplan.response.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;
import uk.skillsplan.response.Answers;
import uk.skillsplan.response.Cell;
import uk.skillsplan.response.CollectionMode;

/**
 * Reads the submitted answers of a whole round as a stream, one response at a time, for exports:
 * one query ordered by response, fetched in blocks, each response handed on as soon as its last
 * cell is read. A round's answers are therefore never all in memory at once.
 *
 * <p>It reads the module's published read model ({@code submitted_response}) and, for the identifiers
 * an export needs, the directory's published {@code directory_organisation} view (active organisations
 * only, as the codebook says); one directory
 * call per response instead would make a large export slow.
 */
@Repository
public class SubmittedResponseReader {

    /** Rows fetched per round trip; with PostgreSQL this also stops the driver from reading the whole result. */
    static final int FETCH_SIZE = 1000;

    private static final String SQL = """
            select s.response_id, rr.reference, s.collection_mode, s.submitted_at,
                   o.id, o.name, o.companies_house_number, o.lad_code,
                   a.question_code, a.row_key, a.column_key, a.value_number, a.value_text, a.value_option
            from submitted_response s
            join response_revision rr on rr.response_id = s.response_id and rr.revision = s.revision
            join directory_organisation o on o.id = s.organisation_id
            left join answer_revision a on a.response_id = s.response_id and a.revision = s.revision
            where s.round_id = ? and o.active = true
            order by s.response_id, a.question_code, a.row_key, a.column_key
            """;

    private final JdbcTemplate streaming;

    SubmittedResponseReader(DataSource dataSource) {
        // A template of its own: the fetch size would otherwise change every query of the shared one.
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    /** Hands each submitted response of the round to the consumer, in response id order. Needs a transaction. */
    public void forEachSubmitted(long roundId, Consumer<SubmittedResponse> consumer) {
        Assembler assembler = new Assembler(consumer);
        streaming.query(SQL, assembler, roundId);
        assembler.finish();
    }

    /** Collects the cells of the current response and hands it on when the next one starts. */
    private static final class Assembler implements RowCallbackHandler {

        private final Consumer<SubmittedResponse> consumer;
        private SubmittedResponse current;
        private Map<String, List<Cell>> cells = new LinkedHashMap<>();

        Assembler(Consumer<SubmittedResponse> consumer) {
            this.consumer = consumer;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            long responseId = rs.getLong(1);
            if (current == null || current.responseId() != responseId) {
                finish();
                current = new SubmittedResponse(responseId, rs.getString(2), CollectionMode.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(), rs.getLong(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), null);
            }
            String questionCode = rs.getString(9);
            if (questionCode != null) {
                cells.computeIfAbsent(questionCode, code -> new ArrayList<>()).add(new Cell(rs.getString(10),
                        rs.getString(11), rs.getBigDecimal(12), rs.getString(13), rs.getString(14)));
            }
        }

        void finish() {
            if (current != null) {
                SubmittedResponse done = current;
                consumer.accept(new SubmittedResponse(done.responseId(), done.reference(), done.collectionMode(),
                        done.submittedAt(), done.organisationId(), done.organisationName(),
                        done.companiesHouseNumber(), done.localAuthorityCode(), new Answers(cells)));
                current = null;
                cells = new LinkedHashMap<>();
            }
        }
    }
}
