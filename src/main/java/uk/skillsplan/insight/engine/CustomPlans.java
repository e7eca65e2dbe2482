package uk.skillsplan.insight.engine;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * On PostgreSQL, has the insight read transaction plan each statement with its values
 * ({@code SET LOCAL plan_cache_mode = force_custom_plan}). The JDBC driver turns a statement into a
 * server-side prepared statement at its fifth execution, and PostgreSQL then chose a generic plan for the
 * metric passes: an index scan in one process, 458 ms for the area overview of 50,000 responses against
 * 254 ms planned with the values (a parallel scan; docs/benchmarks.md, section E). Planning costs about a
 * millisecond per pass; {@code LOCAL} keeps the setting to this transaction, so no other statement of the
 * application is affected. Nothing to do on H2.
 */
@Component
class CustomPlans {

    private static final Object SET = new Object();

    private final JdbcClient jdbc;
    private final boolean postgres;

    CustomPlans(JdbcClient jdbc, DataSource dataSource) throws SQLException {
        this.jdbc = jdbc;
        try (Connection connection = dataSource.getConnection()) {
            this.postgres = connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        }
    }

    /**
     * Turns PostgreSQL's JIT compilation off for the rest of this transaction (call in one). The statement that writes
     * a round's kept cell sums has some 600 expressions: its estimated cost passes {@code jit_above_cost} at 50,000
     * responses, and compiling them took 25 s of a 26 s statement, against 2.9 s without (EXPLAIN ANALYZE, load 16;
     * docs/benchmarks.md, E). Nothing to do on H2.
     */
    void withoutJit() {
        if (postgres && TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.sql("set local jit = off").update();
        }
    }

    /** Once per transaction, before the first pass; nothing outside a transaction (the setting would not last). */
    void inThisTransaction() {
        if (!postgres || !TransactionSynchronizationManager.isActualTransactionActive()
                || !TransactionSynchronizationManager.isSynchronizationActive()
                || TransactionSynchronizationManager.hasResource(SET)) {
            return;
        }
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        TransactionSynchronizationManager.bindResource(SET, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(SET);
            }
        });
    }
}
