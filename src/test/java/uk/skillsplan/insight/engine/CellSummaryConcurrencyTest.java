package uk.skillsplan.insight.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

/**
 * Submissions to the same cell at the same moment: each rewrites the cell's sums in its own transaction, and none
 * may lose another's update (without the round's lock, two that overlap each miss the other's facts, or both
 * insert the cell's rows). Afterwards the kept cell sums are what a rewrite of the whole round gives. Meant for
 * PostgreSQL (READ COMMITTED, the production case); it runs on H2 too.
 */
class CellSummaryConcurrencyTest extends ServiceTest {

    private static final int AT_ONCE = 6;
    private static final int WAVES = 3;

    @Autowired
    ResponseService responses;
    @Autowired
    CellSummaryStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationContext context;

    @Test
    void submissions_to_one_cell_at_the_same_moment_leave_the_sums_a_rewrite_of_the_round_gives() throws Exception {
        SurveyTestData data = new SurveyTestData(context);
        SurveyRoundSummary round = data.openEmployerRound("Cell sums at once");
        ExecutorService pool = Executors.newFixedThreadPool(AT_ONCE);
        try {
            for (int wave = 0; wave < WAVES; wave++) {
                List<String> users = new ArrayList<>();
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < AT_ONCE; i++) {
                    long org = data.newEmployer("At once", SurveyTestData.LEEDS, "C", SizeBand.SMALL).id();
                    String user = data.newAccount(Role.EMPLOYER, org, "At once");
                    long employees = 10 + wave * AT_ONCE + i;
                    ids.add(data.as(user, () -> {
                        long id = responses.startOrResume(round.id()).id();
                        data.complete(id, employees);
                        return id;
                    }));
                    users.add(user);
                }
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> submitted = new ArrayList<>();
                for (int i = 0; i < AT_ONCE; i++) {
                    String user = users.get(i);
                    long id = ids.get(i);
                    submitted.add(pool.submit(() -> {
                        start.await();
                        return data.as(user, () -> responses.submit(id));
                    }));
                }
                start.countDown();
                for (Future<?> f : submitted) {
                    f.get(60, TimeUnit.SECONDS);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(jdbc.sql("select contributions from insight_cell_sums where round_id = ? and component = ?")
                .params(round.id(), CellSummary.RESPONSES).query(Long.class).list())
                .as("one cell, every response counted once").containsExactly((long) AT_ONCE * WAVES);
        List<String> kept = CellSummaryTest.rows(jdbc, round.id());
        transactions.executeWithoutResult(s -> store.rebuild(round.id()));
        assertThat(CellSummaryTest.rows(jdbc, round.id())).isEqualTo(kept);
    }
}
