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
import uk.skillsplan.demo.GeneratedRound;
import uk.skillsplan.demo.SyntheticResponses;
import uk.skillsplan.directory.OrganisationKind;
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
 * catalogue for one round, {@link InsightService#figures}, one SQL pass), each metric on its own
 * ({@link InsightService#figure}), and the naive way measured in the same run: load every answer
 * row of the round into Java and aggregate there (six headline metrics, whose values must agree
 * with the engine's). Sizes: {@code skillsplan.benchmark.insight.sizes}; repeats:
 * {@code skillsplan.benchmark.repeats}. Not part of {@code ./mvnw verify}: see docs/benchmarks.md.
 */
@Tag("benchmark")
class InsightBenchmarkTest extends ServiceTest {

    /** Buckinghamshire: no demo data there. */
    private static final String AREA = "E69000002";
    private static final String SIZES = System.getProperty("skillsplan.benchmark.insight.sizes", "1000,10000,50000");
    private static final int REPEATS = Integer.getInteger("skillsplan.benchmark.repeats", 5);

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

    @Test
    void area_overview_per_metric_and_the_naive_way() {
        db = databaseName().split(" ")[0];
        report("JVM: %s", Benchmarks.jvm());
        report("database: %s", databaseName());
        for (String size : SIZES.split(",")) {
            measure(Integer.parseInt(size.strip()));
        }
    }

    private String db;

    private void report(String format, Object... args) {
        Benchmarks.report("[" + db + "] " + format, args);
    }

    private void measure(int size) {
        signInAs("admin");
        long round = newRound("Insight benchmark " + size);
        GeneratedRound generated = synthetic.generate(round, size, 7);
        long cells = jdbc.sql("select count(*) from submitted_answer where round_id = ?").param(round).query(Long.class).single();
        report("generated %d responses (%d answer cells) in %d ms", size, cells, generated.took().toMillis());
        if (isPostgres()) {
            jdbc.sql("analyze").update();
        }

        List<MetricQuery> overview = insight.catalogue().stream().filter(m -> m.audience().equals("EMPLOYER"))
                .map(m -> MetricQuery.of(m.code(), round, AREA)).toList();
        Result<List<Figure>> sql = time(() -> insight.figures(overview));
        long shown = sql.value().stream().filter(f -> !f.suppressed()).count();
        report("N=%d area overview (%d metrics, one pass): %s; %d of %d shown; %s", size, overview.size(),
                sql.stats(), shown, overview.size(), sql.heap());

        Map<String, Stats> perMetric = new LinkedHashMap<>();
        for (MetricQuery q : overview) {
            perMetric.put(q.metric(), timeOnly(() -> insight.figure(q)));
        }
        perMetric.forEach((metric, stats) -> report("N=%d metric %s: median %.1f ms (min %.1f, max %.1f)", size,
                metric, stats.median(), stats.min(), stats.max()));
        double sumOfMedians = perMetric.values().stream().mapToDouble(Stats::median).sum();
        report("N=%d all metrics one by one: sum of medians %.1f ms", size, sumOfMedians);

        Result<Map<String, Double>> naive = time(() -> naive(round));
        Map<String, Figure> byMetric = new HashMap<>();
        sql.value().forEach(f -> byMetric.put(f.query().metric(), f));
        naive.value().forEach((metric, value) -> {
            Figure f = byMetric.get(metric);
            if (!f.suppressed()) {
                assertThat(f.value()).as(metric).isCloseTo(value, within(1e-9));
            }
        });
        report("N=%d naive (load all %d answer rows into Java, aggregate %d metrics there): %s; %s", size, cells,
                naive.value().size(), naive.stats(), naive.heap());
        report("N=%d ratio naive / overview (medians): %.1fx", size, naive.stats().median() / sql.stats().median());
    }

    record Result<T>(T value, Stats stats, Heap heap) {
    }

    private Stats timeOnly(Supplier<?> work) {
        work.get(); // warm-up
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            work.get();
            times.add(System.nanoTime() - start);
        }
        return Stats.of(times);
    }

    private <T> Result<T> time(Supplier<T> work) {
        work.get(); // warm-up
        List<Long> times = new ArrayList<>();
        T value = null;
        HeapWatch heap = HeapWatch.start();
        for (int i = 0; i < REPEATS; i++) {
            long start = System.nanoTime();
            value = work.get();
            times.add(System.nanoTime() - start);
        }
        return new Result<>(value, Stats.of(times), heap.stop());
    }

    record Row(long response, String question, String row, String column, BigDecimal number, String option) {
    }

    /** The obvious way: every answer row of the round into memory, then sums per metric in Java. */
    private Map<String, Double> naive(long round) {
        List<Row> rows = jdbc.sql("select response_id, question_code, row_key, column_key, value_number, value_option "
                        + "from submitted_answer where round_id = ?").param(round)
                .query((rs, i) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getBigDecimal(5), rs.getString(6))).list();
        Map<Long, Map<String, Double>> numbers = new HashMap<>();
        Map<Long, Map<String, String>> options = new HashMap<>();
        for (Row r : rows) {
            if (r.number() != null) {
                String key = r.question().equals(EmployerQuestions.WORKFORCE) ? "GRID." + r.column() : r.question();
                numbers.computeIfAbsent(r.response(), k -> new HashMap<>()).merge(key, r.number().doubleValue(), Double::sum);
            }
            if (r.option() != null && r.row().isEmpty()) {
                options.computeIfAbsent(r.response(), k -> new HashMap<>()).put(r.question(), r.option());
            }
        }
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
