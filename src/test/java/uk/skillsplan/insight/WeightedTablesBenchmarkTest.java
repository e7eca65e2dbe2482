package uk.skillsplan.insight;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.skillsplan.demo.SyntheticResponses;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.survey.EmployerQuestions;
import uk.skillsplan.survey.NewRound;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.SurveyRoundService;
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

    private static final String AREA = "E69000002";
    private static final int SOURCE = Integer.getInteger("skillsplan.benchmark.weights.source", 1_000);
    private static final int COPIES = Integer.getInteger("skillsplan.benchmark.weights.copies", 50);
    private static final int REPEATS = Integer.getInteger("skillsplan.benchmark.repeats", 5);

    @Autowired
    WeightedInsightService weighted;
    @Autowired
    PopulationImportService population;
    @Autowired
    InsightService insight;
    @Autowired
    SyntheticResponses synthetic;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void weighted_figures_and_tables_of_fifty_thousand_responses() throws Exception {
        String db = jdbc.sql("select 1").query((rs, i) -> rs.getStatement().getConnection().getMetaData()
                .getDatabaseProductName()).single();
        Benchmarks.report("[%s] JVM: %s", db, Benchmarks.jvm());
        signInAs("admin");
        long round = Long.getLong("skillsplan.benchmark.weights.round", 0);
        if (round == 0) {
            byte[] file = PopulationImportBenchmarkTest.wholeUk().years(2022).csv();
            population.confirm(population.check(AREA, "ubc-england.csv", new ByteArrayInputStream(file)), null);
            long source = newRound("Weighted tables benchmark source");
            synthetic.generate(source, SOURCE, 11);
            round = newRound("Weighted tables benchmark");
            long target = round;
            new TransactionTemplate(transactions).executeWithoutResult(s -> InsightBenchmarkTest.copy(jdbc, events, source,
                    target, COPIES));
        }
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
        if (before != null) {
            before.run();
        }
        work.get(); // warm-up
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            if (before != null) {
                before.run();
            }
            long start = System.nanoTime();
            work.get();
            times.add(System.nanoTime() - start);
        }
        Benchmarks.report("[%s] N=%d %s: %s", db, size, what, Benchmarks.Stats.of(times));
    }

    private long newRound(String title) {
        long version = questionnaires.versions().stream().filter(v -> v.code().equals(EmployerQuestions.QUESTIONNAIRE))
                .findFirst().orElseThrow().id();
        return rounds.openInArea(AREA, new NewRound(title + " " + UUID.randomUUID().toString().substring(0, 8), version,
                Set.of(OrganisationKind.EMPLOYER), rounds.today().minusDays(30), rounds.today().plusDays(30))).id();
    }
}
