package uk.skillsplan.insight;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionOperations;
import uk.skillsplan.response.CollectionMode;
import uk.skillsplan.response.ResponseSubmitted;

/**
 * A large round made quickly for the benchmarks: the submitted responses of a generated round copied in SQL
 * (writing 50,000 responses through {@code SyntheticResponses} takes over an hour on the shared machine).
 */
public final class LargeRounds {

    private LargeRounds() {
    }

    /**
     * Copies the submitted responses of round {@code source} {@code copies} times into round {@code target}, in SQL:
     * new organisations, responses, revisions, answers and read-model rows (call in a transaction; then
     * {@link #submitted}).
     */
    public static void copy(JdbcClient jdbc, long source, long target, int copies) {
        String responses = "(select id from response where round_id = " + source + ")";
        for (long k = 1; k <= copies; k++) {
            long offset = 1_000_000_000_000L * k;
            jdbc.sql("insert into organisation (id, version, kind, name, lad_code, sic_section, size_band, "
                    + "companies_house_number, active, created_at) select id + " + offset + ", version, kind, name, lad_code, "
                    + "sic_section, size_band, null, active, created_at from organisation where id in "
                    + "(select organisation_id from response where round_id = " + source + ")").update();
            jdbc.sql("insert into response (id, version, round_id, organisation_id, status, collection_mode, current_section, "
                    + "submitted_revision, submitted_at, last_edited_by, last_edited_by_name, last_edited_at, created_at) "
                    + "select id + " + offset + ", version, " + target + ", organisation_id + " + offset + ", status, "
                    + "collection_mode, current_section, submitted_revision, submitted_at, last_edited_by, last_edited_by_name, "
                    + "last_edited_at, created_at from response where round_id = " + source).update();
            jdbc.sql("insert into response_revision (response_id, revision, reference, collection_mode, submitted_at, "
                    + "submitted_by, submitted_by_name) select response_id + " + offset + ", revision, reference || '-" + k
                    + "', collection_mode, submitted_at, submitted_by, submitted_by_name from response_revision "
                    + "where response_id in " + responses).update();
            jdbc.sql("insert into answer_revision (response_id, revision, question_code, row_key, column_key, value_number, "
                    + "value_text, value_option) select response_id + " + offset + ", revision, question_code, row_key, "
                    + "column_key, value_number, value_text, value_option from answer_revision where response_id in "
                    + responses).update();
            jdbc.sql("insert into submitted_response (response_id, revision, round_id, organisation_id, organisation_kind, "
                    + "lsip_code, lad_code, sic_section, size_band, collection_mode, submitted_at) select response_id + "
                    + offset + ", revision, " + target + ", organisation_id + " + offset + ", organisation_kind, lsip_code, "
                    + "lad_code, sic_section, size_band, collection_mode, submitted_at from submitted_response "
                    + "where round_id = " + source).update();
        }
    }

    /** {@link ResponseSubmitted} for each response of the round, so that the insight module writes its facts. */
    public static void submitted(JdbcClient jdbc, ApplicationEventPublisher events, long target) {
        jdbc.sql("select response_id, organisation_id, submitted_at from submitted_response where round_id = ?").param(target)
                .query((rs, i) -> new ResponseSubmitted(rs.getLong(1), target, rs.getLong(2), 1, CollectionMode.IMPORTED,
                        rs.getTimestamp(3).toInstant()))
                .list().forEach(events::publishEvent);
    }

    /**
     * Publishes {@link ResponseSubmitted} again for one response of the round in a transaction of its own, as a
     * submission does: the insight module writes the response's facts and the cell sums of its cell again before the
     * commit and forgets what it keeps of the round in memory (a benchmark's "cold" call).
     */
    public static Runnable aSubmissionTo(JdbcClient jdbc, ApplicationEventPublisher events, TransactionOperations transactions,
                                         long round) {
        ResponseSubmitted one = jdbc.sql("select response_id, organisation_id, revision, submitted_at from submitted_response "
                        + "where round_id = ? order by response_id fetch first 1 rows only").param(round)
                .query((rs, i) -> new ResponseSubmitted(rs.getLong(1), round, rs.getLong(2), rs.getInt(3),
                        CollectionMode.IMPORTED, rs.getTimestamp(4).toInstant())).single();
        return () -> transactions.executeWithoutResult(status -> events.publishEvent(one));
    }
}
