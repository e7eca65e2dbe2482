package uk.skillsplan.insight;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.skillsplan.testing.Benchmarks;
import uk.skillsplan.testing.ServiceTest;

/**
 * What weighted figures add to the area overview (issue 9, point 4), on the round of {@link WeightsBenchmarkTest}
 * (50,000 employer responses made by copying 1,000 synthetic ones; or {@code -Dskillsplan.benchmark.weights.round=ID}
 * for a round left by an earlier run). Measured after one warm-up, {@code skillsplan.benchmark.repeats} (5) times:
 * the headline figures unweighted (the overview without weights), side by side with the weights just computed again
 * (so that no weighted cell is kept: the first visit after a submission) and with the weighted cells kept (every
 * later visit), and weighted tables - by district and by option - both ways. Weights are computed again outside the
 * timed part. Not part of {@code ./mvnw verify}: see docs/benchmarks.md, section J.
 */
@Tag("benchmark")
class WeightedTablesBenchmarkTest extends ServiceTest {

    private static final String AREA = WeightedBenchmarkRound.AREA;
    private static final int REPEATS = Integer.getInteger("skillsplan.benchmark.repeats", 5);

    @Autowired
    WeightedInsightService weighted;
    @Autowired
    InsightService insight;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void weighted_figures_and_tables_of_fifty_thousand_responses() throws Exception {
        String db = jdbc.sql("select 1").query((rs, i) -> rs.getStatement().getConnection().getMetaData()
                .getDatabaseProductName()).single();
        Benchmarks.report("[%s] JVM: %s", db, Benchmarks.jvm());
        signInAs("admin");
        long round = WeightedBenchmarkRound.prepare(context, "Weighted tables benchmark");
        int size = jdbc.sql("select count(*) from submitted_response where round_id = ?").param(round).query(Integer.class)
                .single();
        Benchmarks.report("[%s] round %d: %,d responses", db, round, size);
        if (db.toLowerCase().contains("postgres")) {
            jdbc.sql("analyze").update();
        }
        long measured = round;
        Runnable fresh = () -> weighted.recompute(measured, 5, false, 5.0);
        List<MetricQuery> headline = insight.catalogue().stream().filter(m -> m.audience().equals("EMPLOYER"))
                .filter(m -> m.kind() != MetricKind.OPTION_SHARES).map(m -> MetricQuery.of(m.code(), measured, AREA)).toList();
        int n = headline.size();
        report(db, size, "headline figures (" + n + ") unweighted", null, () -> insight.figures(headline));
        report(db, size, "headline figures (" + n + ") side by side, weighted cells computed", fresh,
                () -> weighted.compare(headline));
        report(db, size, "headline figures (" + n + ") side by side, weighted cells kept", null,
                () -> weighted.compare(headline));
        MetricQuery ssv = MetricQuery.of("SSV_DENSITY", measured, AREA).withWeighting(Weighting.WEIGHTED);
        report(db, size, "table by district, weighted, computed", fresh, () -> insight.table(ssv, Breakdown.LOCAL_AUTHORITY));
        report(db, size, "table by district, weighted, kept", null, () -> insight.table(ssv, Breakdown.LOCAL_AUTHORITY));
        report(db, size, "table by sector, weighted, computed", fresh, () -> insight.table(ssv, Breakdown.SIC_SECTION));
        MetricQuery barriers = ssv.withMetric("TRAINING_BARRIERS");
        report(db, size, "table by option (barriers to training), weighted, computed", fresh,
                () -> insight.table(barriers, Breakdown.OPTION));
        report(db, size, "table by option (barriers to training), weighted, kept", null,
                () -> insight.table(barriers, Breakdown.OPTION));
    }

    /** {@code before} (weights computed again, so no weighted cell is kept) runs before each time, untimed. */
    private void report(String db, int size, String what, Runnable before, Supplier<?> work) {
        Benchmarks.report("[%s] N=%d %s: %s", db, size, what, Benchmarks.time(REPEATS, before, work));
    }
}
