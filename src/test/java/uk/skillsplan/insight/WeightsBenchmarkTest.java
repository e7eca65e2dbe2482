package uk.skillsplan.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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
 * Computing weights and coverage for an area with 50,000 employer responses (issue 9; target under
 * 500 ms on PostgreSQL). The round is made as {@link InsightBenchmarkTest} makes its largest: a round of
 * {@code skillsplan.benchmark.weights.source} (1,000) synthetic responses, copied in SQL into one of
 * {@code copies} (50) times as many, with {@code ResponseSubmitted} for each; the area's population is
 * the whole-UK Nomis file of {@link PopulationImportBenchmarkTest}. Measured after one warm-up,
 * {@code skillsplan.benchmark.repeats} (5) times: weights computed afresh (post-stratified and trimmed;
 * and raked), coverage of the area, both together, and the headline figures weighted and unweighted.
 * {@code -Dskillsplan.benchmark.weights.round=ID} measures a round left by an earlier run instead.
 * Not part of {@code ./mvnw verify}: see docs/benchmarks.md, section J.
 */
@Tag("benchmark")
class WeightsBenchmarkTest extends ServiceTest {

    private static final String AREA = WeightedBenchmarkRound.AREA;
    private static final int REPEATS = Integer.getInteger("skillsplan.benchmark.repeats", 5);

    @Autowired
    WeightedInsightService weighted;
    @Autowired
    PopulationCoverageService coverage;
    @Autowired
    PopulationImportService population;
    @Autowired
    InsightService insight;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void weights_and_coverage_of_fifty_thousand_responses() throws Exception {
        String db = jdbc.sql("select 1").query((rs, i) -> rs.getStatement().getConnection().getMetaData()
                .getDatabaseProductName()).single();
        Benchmarks.report("[%s] JVM: %s", db, Benchmarks.jvm());
        signInAs("admin");
        long start = System.nanoTime();
        long round = WeightedBenchmarkRound.prepare(context, "Weights benchmark");
        PopulationImportSummary imported = population.imports(AREA).getFirst();
        int size = jdbc.sql("select count(*) from submitted_response where round_id = ?").param(round).query(Integer.class)
                .single();
        Benchmarks.report("[%s] round %d: %,d responses (%d x %,d copied in %.0f ms); population %,d businesses in %d districts",
                db, round, size, WeightedBenchmarkRound.COPIES, WeightedBenchmarkRound.SOURCE, Benchmarks.millis(System.nanoTime() - start), imported.totalBusinesses(),
                imported.districts());
        if (db.toLowerCase().contains("postgres")) {
            jdbc.sql("analyze").update();
        }

        long measured = round;
        WeightingSummary[] last = new WeightingSummary[1];
        report(db, size, "weights, post-stratified and trimmed (cap 5 x mean)",
                () -> last[0] = weighted.recompute(measured, 5, false, 5.0));
        WeightingSummary w = last[0];
        assertThat(w.responses() + w.unweighted()).isEqualTo(size);
        assertThat(w.strata().stream().mapToDouble(WeightingSummary.Stratum::weightedTotal).sum())
                .isCloseTo(w.businesses(), within(1e-6 * w.businesses()));
        Benchmarks.report("[%s] N=%d weights: %d strata, n_eff %.1f, design effect %.2f, %d unweighted", db, size,
                w.strata().size(), w.effectiveSampleSize(), w.designEffect(), w.unweighted());
        report(db, size, "weights, raked to districts, not trimmed", () -> weighted.recompute(measured, 5, true, null));
        report(db, size, "coverage of the area", () -> coverage.coverage(measured, null));
        report(db, size, "weights and coverage together", () -> {
            weighted.recompute(measured, 5, false, 5.0);
            return coverage.coverage(measured, null);
        });
        List<MetricQuery> headline = insight.catalogue().stream().filter(m -> m.audience().equals("EMPLOYER"))
                .filter(m -> m.kind() != MetricKind.OPTION_SHARES).map(m -> MetricQuery.of(m.code(), measured, AREA)).toList();
        report(db, size, "headline figures (" + headline.size() + ") unweighted", () -> insight.figures(headline));
        report(db, size, "headline figures (" + headline.size() + ") weighted and unweighted side by side",
                () -> weighted.compare(headline));
    }

    private void report(String db, int size, String what, Supplier<?> work) {
        Benchmarks.report("[%s] N=%d %s: %s", db, size, what, Benchmarks.time(REPEATS, null, work));
    }
}
