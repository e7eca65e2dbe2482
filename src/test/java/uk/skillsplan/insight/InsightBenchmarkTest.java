package uk.skillsplan.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.skillsplan.demo.GeneratedRound;
import uk.skillsplan.demo.SyntheticResponses;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.insight.engine.EngineProbe;
import uk.skillsplan.response.Cell;
import uk.skillsplan.response.ResponseStatus;
import uk.skillsplan.response.domain.AnswerStore;
import uk.skillsplan.response.domain.Response;
import uk.skillsplan.survey.EmployerQuestions;
import uk.skillsplan.survey.NewRound;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.testing.Benchmarks;
import uk.skillsplan.testing.Benchmarks.Heap;
import uk.skillsplan.testing.Benchmarks.HeapWatch;
import uk.skillsplan.testing.Benchmarks.Stats;
import uk.skillsplan.testing.ServiceTest;

/**
 * Speed of the metric engine (issue 8, point 6): synthetic employer rounds of 1,000, 10,000 and
 * 50,000 responses in one area; for each, the whole area overview (every employer metric of the
 * catalogue for one round, {@link InsightService#figures}, one SQL pass), cold (just after a
 * submission to the round, which evicts what the engine keeps) and warm; each metric on its own
 * ({@link InsightService#figure}), cold; and the naive ways measured in the same run: load the
 * round's entities, or every answer row, into Java and aggregate there (five headline metrics, whose
 * values must agree with the engine's). Sizes: {@code skillsplan.benchmark.insight.sizes}; repeats:
 * {@code skillsplan.benchmark.repeats}. Not part of {@code ./mvnw verify}: see docs/benchmarks.md.
 */
@Tag("benchmark")
@org.junit.jupiter.api.TestMethodOrder(org.junit.jupiter.api.MethodOrderer.OrderAnnotation.class)
class InsightBenchmarkTest extends ServiceTest {

    /** Buckinghamshire: no demo data there. */
    private static final String AREA = "E69000002";
    private static final String SIZES = System.getProperty("skillsplan.benchmark.insight.sizes", "1000,10000,50000");
    private static final int REPEATS = Integer.getInteger("skillsplan.benchmark.repeats", 5);
    /** Timed runs of each naive way (after one warm-up); the repeats above unless set. */
    private static final int NAIVE_REPEATS = Integer.getInteger("skillsplan.benchmark.insight.naive-repeats", REPEATS);
    /** Timed submissions for the maintenance cost (after one warm-up). */
    private static final int MAINTENANCE_REPEATS = Integer.getInteger("skillsplan.benchmark.insight.maintenance-repeats", 20);

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
    org.springframework.transaction.PlatformTransactionManager transactionManager;
    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    jakarta.persistence.EntityManager entityManager;
    @Autowired
    AnswerStore answerStore;
    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    @org.junit.jupiter.api.Order(1)
    void area_overview_per_metric_and_the_naive_way() {
        db = databaseName().split(" ")[0];
        report("JVM: %s", Benchmarks.jvm());
        report("database: %s", databaseName());
        org.junit.jupiter.api.Assumptions.assumeFalse(Boolean.getBoolean("skillsplan.benchmark.insight.reuse"),
                "reusing the rounds of an earlier run");
        for (String size : SIZES.split(",")) {
            measure(Integer.parseInt(size.strip()));
        }
    }

    private String db;

    private void report(String format, Object... args) {
        Benchmarks.report("[" + db + "] " + format, args);
    }

    /**
     * The rounds already in the benchmark database (left by an earlier run of
     * {@link #area_overview_per_metric_and_the_naive_way}) measured again with this build, then a larger
     * round made by copying the largest of them {@code skillsplan.benchmark.insight.copies} times, in SQL:
     * new organisations, responses, revisions, answers and read-model rows, then {@code ResponseSubmitted}
     * for each, so that the insight module writes its facts as it does for real submissions. Writing
     * 50,000 responses through {@code SyntheticResponses} takes over an hour on the shared machine;
     * copying takes minutes and gives the same data shape.
     */
    @Test
    @org.junit.jupiter.api.Order(2)
    void area_overview_at_a_size_copied_from_the_largest_round() {
        int copies = Integer.getInteger("skillsplan.benchmark.insight.copies", 0);
        boolean reuse = Boolean.getBoolean("skillsplan.benchmark.insight.reuse");
        org.junit.jupiter.api.Assumptions.assumeTrue(copies > 0 || reuse,
                "set skillsplan.benchmark.insight.copies or skillsplan.benchmark.insight.reuse");
        db = databaseName().split(" ")[0];
        report("JVM: %s", Benchmarks.jvm());
        report("database: %s", databaseName());
        signInAs("admin");
        // Rounds of the generated sizes only (a run stopped half-way leaves a partial round behind).
        List<Integer> sizes = java.util.Arrays.stream(SIZES.split(",")).map(x -> Integer.valueOf(x.strip())).toList();
        List<long[]> existing = jdbc.sql("select round_id, count(*) from submitted_response where lsip_code = ? "
                        + "group by round_id order by count(*), round_id").param(AREA)
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).list().stream()
                .filter(r -> sizes.contains((int) r[1])).toList();
        for (long[] r : existing) {
            measureRound((int) r[1], r[0]);
        }
        if (copies == 0) {
            return; // reuse only: the rounds of the sizes asked for, measured again
        }
        long source = existing.getLast()[0];
        long round = newRound("Insight benchmark copies");
        long start = System.nanoTime();
        new org.springframework.transaction.support.TransactionTemplate(transactionManager)
                .executeWithoutResult(status -> {
                    LargeRounds.copy(jdbc, source, round, copies);
                    LargeRounds.submitted(jdbc, events, round);
                });
        int size = jdbc.sql("select count(*) from submitted_response where round_id = ?").param(round).query(Integer.class)
                .single();
        report("copied round %d %d times into round %d: %d responses in %.0f ms", source, copies, round, size,
                Benchmarks.millis(System.nanoTime() - start));
        measureRound(size, round);
    }

    /** Copies the source round's responses {@code copies} times into the target round and publishes their submissions (also used by WeightsBenchmarkTest). */
    static void copy(JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher events, long source, long target,
                     int copies) {
        LargeRounds.copy(jdbc, source, target, copies);
        LargeRounds.submitted(jdbc, events, target);
    }

    private void measure(int size) {
        signInAs("admin");
        long round = newRound("Insight benchmark " + size);
        GeneratedRound generated = synthetic.generate(round, size, 7);
        long generatedCells = jdbc.sql("select count(*) from submitted_answer where round_id = ?").param(round)
                .query(Long.class).single();
        report("generated %d responses (%d answer cells) in %d ms", size, generatedCells, generated.took().toMillis());
        measureRound(size, round);
    }

    private void measureRound(int size, long round) {
        long cells = jdbc.sql("select count(*) from submitted_answer where round_id = ?").param(round).query(Long.class).single();
        if (isPostgres()) {
            jdbc.sql("analyze").update();
        }

        List<MetricQuery> overview = insight.catalogue().stream().filter(m -> m.audience().equals("EMPLOYER"))
                .map(m -> MetricQuery.of(m.code(), round, AREA)).toList();
        // Cold: a submission to the round just before each call (untimed, in its own transaction: the response's
        // facts and its cell's sums are written again and the engine forgets what it keeps of the round in memory,
        // as every real submission does); after a restart: nothing kept in memory, the cell sums in the database;
        // warm: the same call again with nothing submitted in between.
        Runnable submission = LargeRounds.aSubmissionTo(jdbc, events, new TransactionTemplate(transactionManager), round);
        Result<List<Figure>> cold = time(() -> insight.figures(overview), REPEATS, submission);
        long shown = cold.value().stream().filter(f -> !f.suppressed()).count();
        report("N=%d area overview (%d metrics), cold (a submission just before): %s; %d of %d shown; %s", size,
                overview.size(), cold.stats(), shown, overview.size(), cold.heap());
        Result<List<Figure>> restart = time(() -> insight.figures(overview), REPEATS,
                () -> EngineProbe.forgetKeptSums(context, round));
        report("N=%d area overview (%d metrics), cold after a restart (nothing kept in memory): %s; %s", size,
                overview.size(), restart.stats(), restart.heap());
        Result<List<Figure>> warm = time(() -> insight.figures(overview), REPEATS, () -> { });
        report("N=%d area overview (%d metrics), warm (nothing submitted since the last call): %s; %s", size,
                overview.size(), warm.stats(), warm.heap());
        maintenance(size, round, submission);

        Map<String, Stats> perMetric = new LinkedHashMap<>();
        for (MetricQuery q : overview) {
            perMetric.put(q.metric(), time(() -> insight.figure(q), REPEATS, submission, false).stats());
        }
        perMetric.forEach((metric, stats) -> report("N=%d metric %s, cold: median %.1f ms (min %.1f, max %.1f)", size,
                metric, stats.median(), stats.min(), stats.max()));
        double sumOfMedians = perMetric.values().stream().mapToDouble(Stats::median).sum();
        report("N=%d all metrics one by one, cold: sum of medians %.1f ms", size, sumOfMedians);

        Map<String, Figure> byMetric = new HashMap<>();
        cold.value().forEach(f -> byMetric.put(f.query().metric(), f));
        List<Result<List<Figure>>> overviews = List.of(cold, restart, warm);
        naive(size, overviews, byMetric, "naive, entities (JPA Response entities of the round by JPQL, then each "
                + "one's submitted Answers through AnswerStore, aggregate 5 metrics in Java)", () -> naiveEntities(round));
        naive(size, overviews, byMetric, "naive, rows (all " + cells + " answer rows of submitted_answer into Java "
                + "records in one query, aggregate 5 metrics in Java)", () -> naiveRows(round));
    }

    /**
     * What one submission costs the submitting transaction at this size: the whole submission (its own transaction,
     * committed), and within it the response's facts and its cell sums written again.
     */
    private void maintenance(int size, long round, Runnable submission) {
        long response = jdbc.sql("select min(response_id) from submitted_response where round_id = ?").param(round)
                .query(Long.class).single();
        List<Long> whole = new ArrayList<>();
        List<Long> facts = new ArrayList<>();
        List<Long> cellSums = new ArrayList<>();
        for (int i = 0; i < MAINTENANCE_REPEATS + 1; i++) {
            long start = System.nanoTime();
            submission.run();
            long took = System.nanoTime() - start;
            long[] parts = EngineProbe.maintenance(context, response);
            if (i > 0) { // the first of each is a warm-up
                whole.add(took);
                facts.add(parts[0]);
                cellSums.add(parts[1]);
            }
        }
        report("N=%d one submission's insight maintenance: whole transaction (facts, cell sums, commit) %s; of which the "
                + "facts %s; the cell sums (cells found, rewritten) %s", size, Stats.of(whole), Stats.of(facts),
                Stats.of(cellSums));
    }

    private void naive(int size, List<Result<List<Figure>>> overviews, Map<String, Figure> byMetric, String label,
                       Supplier<Map<String, Double>> work) {
        Result<Map<String, Double>> naive;
        try {
            naive = time(work, NAIVE_REPEATS, () -> { });
        } catch (OutOfMemoryError e) {
            report("N=%d %s: OUT OF MEMORY (%s) with -Xmx%d MB: no time, no ratio", size, label, e.getMessage(),
                    Runtime.getRuntime().maxMemory() >> 20);
            return;
        }
        naive.value().forEach((metric, value) -> {
            Figure f = byMetric.get(metric);
            if (!f.suppressed()) {
                assertThat(f.value()).as(metric).isCloseTo(value, within(1e-9));
            }
        });
        report("N=%d %s: %s; %s", size, label, naive.stats(), naive.heap());
        String name = label.substring(0, label.indexOf(" ("));
        double median = naive.stats().median();
        report("N=%d ratio %s / overview (medians): cold %.1fx, after a restart %.1fx, warm %.1fx", size, name,
                median / overviews.get(0).stats().median(), median / overviews.get(1).stats().median(),
                median / overviews.get(2).stats().median());
    }

    record Result<T>(T value, Stats stats, Heap heap) {
    }

    private <T> Result<T> time(Supplier<T> work, int repeats, Runnable before) {
        return time(work, repeats, before, true);
    }

    /** One warm-up, then {@code repeats} timed calls, each after {@code before} (untimed); heap if {@code watchHeap}. */
    private <T> Result<T> time(Supplier<T> work, int repeats, Runnable before, boolean watchHeap) {
        before.run();
        work.get(); // warm-up
        List<Long> times = new ArrayList<>();
        T value = null;
        HeapWatch heap = watchHeap ? HeapWatch.start() : null; // it collects garbage twice to start
        for (int i = 0; i < repeats; i++) {
            before.run();
            long start = System.nanoTime();
            value = work.get();
            times.add(System.nanoTime() - start);
        }
        return new Result<>(value, Stats.of(times), heap == null ? null : heap.stop());
    }

    record Row(long response, String question, String row, String column, BigDecimal number, String option) {
    }

    /**
     * The naive way with rows: every answer row of the round ({@code submitted_answer}) into Java records in one
     * query, then the sums per metric in Java.
     */
    private Map<String, Double> naiveRows(long round) {
        List<Row> rows = jdbc.sql("select response_id, question_code, row_key, column_key, value_number, value_option "
                        + "from submitted_answer where round_id = ?").param(round)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getString(6))).list();
        Naive sums = new Naive();
        rows.forEach(sums::add);
        return sums.values();
    }

    /**
     * The naive way with entities, as the issue says ("load the entities, aggregate in Java"), the way an ordinary
     * developer would write it with the response module's own types: the round's submitted {@link Response}
     * entities through JPA (one JPQL query, all of them managed by one persistence context), then each one's
     * submitted {@link uk.skillsplan.response.Answers} through the module's {@link AnswerStore} (answers are not
     * JPA entities in this code base: the module reads them one response at a time), then the sums in Java.
     */
    private Map<String, Double> naiveEntities(long round) {
        return new org.springframework.transaction.support.TransactionTemplate(transactionManager).execute(status -> {
            List<Response> responses = entityManager.createQuery(
                            "select r from Response r where r.roundId = :round and r.status = :status", Response.class)
                    .setParameter("round", round).setParameter("status", ResponseStatus.SUBMITTED).getResultList();
            Naive sums = new Naive();
            for (Response r : responses) {
                answerStore.loadRevision(r.getId(), r.getSubmittedRevision()).asMap().forEach((question, cells) -> {
                    for (Cell c : cells) {
                        sums.add(new Row(r.getId(), question, c.rowKey(), c.columnKey(), c.number(), c.option()));
                    }
                });
            }
            return sums.values();
        });
    }

    /** Five headline metrics summed in Java from answer rows, response by response. */
    static final class Naive {
        private final Map<Long, Map<String, Double>> numbers = new HashMap<>();
        private final Map<Long, Map<String, String>> options = new HashMap<>();

        void add(Row r) {
            if (r.number() != null) {
                String key = r.question().equals(EmployerQuestions.WORKFORCE) ? "GRID." + r.column() : r.question();
                numbers.computeIfAbsent(r.response(), k -> new HashMap<>()).merge(key, r.number().doubleValue(), Double::sum);
            }
            if (r.option() != null && r.row().isEmpty()) {
                options.computeIfAbsent(r.response(), k -> new HashMap<>()).put(r.question(), r.option());
            }
        }

        Map<String, Double> values() {
            double emp = 0, vac = 0, ssv = 0, vacDen = 0, gaps = 0, days = 0, trained = 0, trainedYes = 0, trainedAsked = 0;
            for (var e : numbers.entrySet()) {
                Map<String, Double> n = e.getValue();
                Map<String, String> o = options.getOrDefault(e.getKey(), Map.of());
                double employment = n.getOrDefault(EmployerQuestions.EMP_TOTAL, 0.0);
                if (employment > 0) {
                    emp += employment;
                    vac += n.getOrDefault(EmployerQuestions.VAC_TOTAL, 0.0);
                    gaps += n.getOrDefault("GRID." + EmployerQuestions.COL_NOT_PROFICIENT, 0.0);
                }
                double vacancies = n.getOrDefault(EmployerQuestions.VAC_TOTAL, 0.0);
                if (vacancies > 0) {
                    vacDen += vacancies;
                    ssv += n.getOrDefault(EmployerQuestions.VAC_SSV, 0.0);
                }
                Double t = n.get(EmployerQuestions.TRAINED_TOTAL);
                Double d = n.get(EmployerQuestions.TRAINING_DAYS);
                if (t != null && t > 0 && d != null) {
                    trained += t;
                    days += d;
                }
                String any = o.get(EmployerQuestions.TRAINING_ANY);
                if (any != null) {
                    trainedAsked++;
                    trainedYes += any.equals("YES") ? 1 : 0;
                }
            }
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("VACANCY_DENSITY", vac / emp);
            values.put("SSV_DENSITY", ssv / vacDen);
            values.put("SKILLS_GAP_DENSITY", gaps / emp);
            values.put("TRAINING_DAYS_PER_TRAINEE", days / trained);
            values.put("TRAINING_INCIDENCE", trainedYes / trainedAsked);
            return values;
        }
    }

    private long newRound(String title) {
        long version = questionnaires.versions().stream().filter(v -> v.code().equals(EmployerQuestions.QUESTIONNAIRE))
                .findFirst().orElseThrow().id();
        return rounds.openInArea(AREA, new NewRound(title + " " + UUID.randomUUID().toString().substring(0, 8), version,
                Set.of(OrganisationKind.EMPLOYER), rounds.today().minusDays(30), rounds.today().plusDays(30))).id();
    }

    private boolean isPostgres() {
        return databaseName().toLowerCase().contains("postgres");
    }

    private String databaseName() {
        return jdbc.sql("select 1").query((rs, i) -> {
            var meta = rs.getStatement().getConnection().getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }).single();
    }
}
