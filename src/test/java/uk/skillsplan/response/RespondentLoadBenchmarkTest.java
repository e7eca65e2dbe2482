package uk.skillsplan.response;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.skillsplan.survey.EmployerQuestions.EMP_TOTAL;
import static uk.skillsplan.survey.EmployerQuestions.LOCAL_AUTHORITY;
import static uk.skillsplan.survey.EmployerQuestions.SIC_SECTION;
import static uk.skillsplan.survey.EmployerQuestions.SIZE_BAND;
import static uk.skillsplan.survey.EmployerQuestions.HAS_VACANCIES;
import static uk.skillsplan.survey.EmployerQuestions.JQ_AGENCY;
import static uk.skillsplan.survey.EmployerQuestions.JQ_BELOW_RLW;
import static uk.skillsplan.survey.EmployerQuestions.JQ_FIXED_TERM;
import static uk.skillsplan.survey.EmployerQuestions.JQ_GUARANTEED_HOURS;
import static uk.skillsplan.survey.EmployerQuestions.JQ_INVOL_PART_TIME;
import static uk.skillsplan.survey.EmployerQuestions.JQ_INVOL_TEMPORARY;
import static uk.skillsplan.survey.EmployerQuestions.JQ_PART_TIME;
import static uk.skillsplan.survey.EmployerQuestions.JQ_PERMANENT;
import static uk.skillsplan.survey.EmployerQuestions.JQ_PROMOTIONS;
import static uk.skillsplan.survey.EmployerQuestions.JQ_SHIFT_NOTICE;
import static uk.skillsplan.survey.EmployerQuestions.JQ_SICK_PAY;
import static uk.skillsplan.survey.EmployerQuestions.JQ_TENURE_UNDER2;
import static uk.skillsplan.survey.EmployerQuestions.JQ_VOICE;
import static uk.skillsplan.survey.EmployerQuestions.JQ_ZERO_HOURS;
import static uk.skillsplan.survey.EmployerQuestions.VAC_HTF;
import static uk.skillsplan.survey.EmployerQuestions.VAC_SSV;
import static uk.skillsplan.survey.EmployerQuestions.VAC_TOTAL;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.Benchmarks;
import uk.skillsplan.testing.Benchmarks.Stats;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SignIn;
import uk.skillsplan.testing.SurveyTestData;

/**
 * Many respondents saving at once: {@code RESPONDENTS} employers (200), each with its own
 * organisation, account and started response in one open round; one thread per respondent (a
 * fixed pool of that size, released together by a latch), each signed in as its own account in
 * its own thread, saving three sections several times through {@link ResponseService#save}
 * (the profile's staff total, the vacancies section, the 14 answers of JOB_QUALITY). Every answer
 * encodes the respondent's number, so that afterwards each response can be checked to hold exactly
 * its own answers: read back as its owner through the service and, as a second check, straight
 * from the {@code answer} table. A lost or crossed answer fails the test; the latency target
 * (p95 under 100 ms) is reported, not asserted. Not part of {@code ./mvnw verify}: see
 * docs/benchmarks.md.
 */
@Tag("benchmark")
class RespondentLoadBenchmarkTest extends ServiceTest {

    private static final int RESPONDENTS = Integer.getInteger("skillsplan.benchmark.load.respondents", 200);
    private static final int PASSES = Integer.getInteger("skillsplan.benchmark.load.passes", 5);
    private static final int WARM_UP = Integer.getInteger("skillsplan.benchmark.load.warmup", 300);
    /** Mean pause between one respondent's saves (uniform from 0 to twice this); 0: back to back. */
    private static final long THINK_MILLIS = Long.getLong("skillsplan.benchmark.load.think-millis", 0);
    /**
     * Arrivals spread over this many seconds: respondent i starts i x ramp / respondents after the
     * first (evenly, as people arriving over time); 0: all start together, as a burst.
     */
    private static final double RAMP_SECONDS = Double.parseDouble(
            System.getProperty("skillsplan.benchmark.load.ramp-seconds", "0"));
    private static final long TIME_LIMIT_SECONDS = Long.getLong("skillsplan.benchmark.load.seconds", 300);
    private static final List<String> GUARANTEED = List.of("ALL", "MOST", "SOME", "NONE");
    private static final List<String> NOTICE = List.of("FIXED_HOURS", "MORE_THAN_TWO_WEEKS", "ONE_TO_TWO_WEEKS",
            "ONE_TO_SIX_DAYS", "LESS_THAN_24H");
    private static final List<String> VOICE = List.of("RECOGNISED_UNION", "STAFF_FORUM", "REGULAR_SURVEYS");

    @Autowired
    ResponseService responses;
    @Autowired
    ApplicationContext context;
    @Autowired
    DataSource dataSource;

    private record Respondent(int index, String username, long responseId) {
    }

    @Test
    void many_respondents_save_sections_at_once_and_each_keeps_exactly_its_own_answers() throws Exception {
        Benchmarks.report("respondent load: %s; database %s; %s", Benchmarks.jvm(), databaseName(), pool());
        SurveyTestData data = new SurveyTestData(context);
        SurveyRoundSummary round = data.openEmployerRound("Load benchmark");
        long setUpStart = System.nanoTime();
        List<Respondent> respondents = new ArrayList<>();
        for (int i = 0; i < RESPONDENTS; i++) {
            OrganisationSummary employer = data.newEmployer("Load Employer " + i, SurveyTestData.LEEDS, "C",
                    SizeBand.MEDIUM);
            String username = data.newAccount(Role.EMPLOYER, employer.id(), "Load Respondent " + i);
            long responseId = data.as(username, () -> responses.startOrResume(round.id()).id());
            respondents.add(new Respondent(i, username, responseId));
        }
        Benchmarks.report("respondent load: set up %d employers, accounts and started responses in round %d in %.1f s",
                RESPONDENTS, round.id(), Benchmarks.millis(System.nanoTime() - setUpStart) / 1000);

        warmUp(data);

        int threads = RESPONDENTS;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch ready = new CountDownLatch(threads);
        CountDownLatch go = new CountDownLatch(1);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        // Each respondent's first save: with no arrival spread, these are 200 saves sent at the same instant.
        ConcurrentLinkedQueue<Long> firstWave = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger finished = new AtomicInteger();
        AtomicLong lastEnd = new AtomicLong();
        for (Respondent respondent : respondents) {
            pool.execute(() -> {
                try {
                    SignIn.as(userDetailsService, respondent.username());
                    ready.countDown();
                    go.await();
                    long arrival = (long) (RAMP_SECONDS * 1000 * respondent.index() / RESPONDENTS);
                    if (arrival > 0) {
                        Thread.sleep(arrival);
                    }
                    boolean first = true;
                    for (int pass = 0; pass < PASSES; pass++) {
                        for (Map<String, List<Cell>> section : sections(respondent.index(), pass)) {
                            long start = System.nanoTime();
                            SaveResult result = responses.save(respondent.responseId(), section);
                            long end = System.nanoTime();
                            latencies.add(end - start);
                            if (first) {
                                firstWave.add(end - start);
                                first = false;
                            }
                            lastEnd.accumulateAndGet(end, Math::max);
                            if (!result.ok()) {
                                failures.add("respondent " + respondent.index() + " pass " + pass + ": " + result.errors());
                            }
                            if (THINK_MILLIS > 0) {
                                Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(2 * THINK_MILLIS + 1));
                            }
                        }
                    }
                    finished.incrementAndGet();
                } catch (Throwable e) {
                    failures.add("respondent " + respondent.index() + ": " + e);
                } finally {
                    ready.countDown(); // in case sign-in failed before counting down
                    SignIn.out();
                }
            });
        }
        assertThat(ready.await(60, TimeUnit.SECONDS)).as("all threads signed in").isTrue();
        double loadBefore = loadOneMinute();
        Benchmarks.HeapWatch heap = Benchmarks.HeapWatch.start();
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        go.countDown();
        pool.shutdown();
        boolean inTime = pool.awaitTermination(TIME_LIMIT_SECONDS, TimeUnit.SECONDS);
        if (!inTime) {
            pool.shutdownNow();
        }
        long wall = lastEnd.get() - start;
        long cpu = processCpuNanos() - cpuBefore;
        double loadAfter = loadOneMinute();
        Benchmarks.Heap heapFigures = heap.stop();
        assertThat(inTime).as("finished within %d s", TIME_LIMIT_SECONDS).isTrue();
        assertThat(failures).as("saves refused or failed").isEmpty();
        assertThat(finished.get()).isEqualTo(RESPONDENTS);

        long[] nanos = latencies.stream().mapToLong(Long::longValue).toArray();
        java.util.Arrays.sort(nanos);
        Benchmarks.report("respondent load: think time %d ms (mean), arrivals over %.0f s; %d threads, %d respondents x %d passes x 3 sections = %d saves in %.2f s "
                        + "(%.0f saves/s); per save: p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms mean=%.1f ms; "
                        + "JVM CPU %.2f ms per save (whole process, benchmark threads included); "
                        + "load 1-min before %.2f, after %.2f; %s; %s",
                THINK_MILLIS, RAMP_SECONDS, threads, RESPONDENTS, PASSES, nanos.length, Benchmarks.millis(wall) / 1000,
                nanos.length / (Benchmarks.millis(wall) / 1000), percentile(nanos, 50), percentile(nanos, 95),
                percentile(nanos, 99), Benchmarks.millis(nanos[nanos.length - 1]), Stats.of(nanos).mean(),
                Benchmarks.millis(cpu) / nanos.length, loadBefore, loadAfter, pool(), heapFigures);

        long[] first = firstWave.stream().mapToLong(Long::longValue).sorted().toArray();
        Benchmarks.report("respondent load: first wave (each respondent's first save; %s): %d saves, p50=%.1f ms "
                        + "p95=%.1f ms p99=%.1f ms max=%.1f ms",
                RAMP_SECONDS == 0 ? "all sent at the same instant" : "arrivals spread", first.length,
                percentile(first, 50), percentile(first, 95), percentile(first, 99),
                Benchmarks.millis(first[first.length - 1]));

        verify(data, respondents);
    }

    /** The JIT's warm-up: one respondent's sections, saved many times by one thread before the run. */
    private void warmUp(SurveyTestData data) {
        SurveyRoundSummary round = data.openEmployerRound("Load benchmark warm-up");
        OrganisationSummary employer = data.newEmployer("Load Warm-up Employer", SurveyTestData.LEEDS, "C", SizeBand.MEDIUM);
        String username = data.newAccount(Role.EMPLOYER, employer.id(), "Load Warm-up");
        data.as(username, () -> {
            long responseId = responses.startOrResume(round.id()).id();
            for (int i = 0; i < WARM_UP; i++) {
                for (Map<String, List<Cell>> section : sections(i % RESPONDENTS, i)) {
                    assertThat(responses.save(responseId, section).ok()).isTrue();
                }
                responses.open(responseId);
            }
            return null;
        });
    }

    /** Each response, read back as its owner and straight from the table, holds exactly its own last answers. */
    private void verify(SurveyTestData data, List<Respondent> respondents) {
        // pre-filled from the organisation when the response was started
        Set<String> profileCodes = Set.of(SIC_SECTION, SIZE_BAND, LOCAL_AUTHORITY);
        int checkedAnswers = 0;
        List<String> wrong = new ArrayList<>();
        for (Respondent respondent : respondents) {
            Map<String, List<Cell>> expected = expected(respondent.index());
            Answers stored = data.as(respondent.username(), () -> responses.open(respondent.responseId()).answers());
            Set<String> codes = new TreeSet<>(expected.keySet());
            codes.addAll(profileCodes);
            if (!stored.asMap().keySet().equals(codes)) {
                wrong.add("respondent " + respondent.index() + ": questions " + stored.asMap().keySet() + ", expected " + codes);
            }
            for (var answer : expected.entrySet()) {
                checkedAnswers++;
                if (!Answers.sameCells(stored.cells(answer.getKey()), answer.getValue())) {
                    wrong.add("respondent " + respondent.index() + ": " + answer.getKey() + " = "
                            + stored.cells(answer.getKey()) + ", expected " + answer.getValue());
                }
            }
        }
        // The same from the table, without the service: the staff total that names each respondent, and the row count.
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        int expectedRows = expected(0).values().stream().mapToInt(List::size).sum() + profileCodes.size();
        for (Respondent respondent : respondents) {
            BigDecimal total = jdbc.queryForObject("select value_number from answer where response_id = ? "
                    + "and question_code = ?", BigDecimal.class, respondent.responseId(), EMP_TOTAL);
            Integer rows = jdbc.queryForObject("select count(*) from answer where response_id = ?", Integer.class,
                    respondent.responseId());
            if (total == null || total.compareTo(BigDecimal.valueOf(1000 + respondent.index())) != 0
                    || rows == null || rows != expectedRows) {
                wrong.add("respondent " + respondent.index() + " in the table: EMP_TOTAL " + total + ", " + rows
                        + " rows, expected " + (1000 + respondent.index()) + " and " + expectedRows);
            }
        }
        Benchmarks.report("respondent load: no-loss check: %d responses, %d answers compared as owner, %d rows each "
                + "in the table; %d wrong", respondents.size(), checkedAnswers, expectedRows, wrong.size());
        assertThat(wrong).as("answers lost or crossed").isEmpty();
    }

    /** What each response must hold at the end: the sections of the last pass. */
    private static Map<String, List<Cell>> expected(int index) {
        Map<String, List<Cell>> all = new LinkedHashMap<>();
        sections(index, PASSES - 1).forEach(all::putAll);
        return all;
    }

    /** Three sections' answers; every value names the respondent ({@code index}), some change with {@code pass}. */
    static List<Map<String, List<Cell>>> sections(int index, int pass) {
        Map<String, List<Cell>> profile = Map.of(EMP_TOTAL, List.of(Cell.number(1000 + index)));
        Map<String, List<Cell>> vacancies = new LinkedHashMap<>();
        vacancies.put(HAS_VACANCIES, List.of(Cell.option("YES")));
        vacancies.put(VAC_TOTAL, List.of(Cell.number(300 + index)));
        vacancies.put(VAC_HTF, List.of(Cell.number(100 + index + pass % 3)));
        vacancies.put(VAC_SSV, List.of(Cell.number(index)));
        Map<String, List<Cell>> jobQuality = new LinkedHashMap<>();
        jobQuality.put(JQ_BELOW_RLW, List.of(Cell.number(index + pass % 2)));
        jobQuality.put(JQ_PERMANENT, List.of(Cell.number(600 + index)));
        jobQuality.put(JQ_FIXED_TERM, List.of(Cell.number(50 + index % 10)));
        jobQuality.put(JQ_AGENCY, List.of(Cell.number(index % 7 + pass)));
        jobQuality.put(JQ_ZERO_HOURS, List.of(Cell.number(10 + index)));
        jobQuality.put(JQ_PART_TIME, List.of(Cell.number(300 + index)));
        jobQuality.put(JQ_INVOL_PART_TIME, List.of(Cell.number(index)));
        jobQuality.put(JQ_INVOL_TEMPORARY, List.of(Cell.number(2000 + index)));
        jobQuality.put(JQ_GUARANTEED_HOURS, List.of(Cell.option(GUARANTEED.get((index + pass) % GUARANTEED.size()))));
        jobQuality.put(JQ_SHIFT_NOTICE, List.of(Cell.option(NOTICE.get(index % NOTICE.size()))));
        jobQuality.put(JQ_SICK_PAY, List.of(Cell.option((index + pass) % 2 == 0 ? "YES" : "NO")));
        jobQuality.put(JQ_TENURE_UNDER2, List.of(Cell.number(200 + index)));
        jobQuality.put(JQ_PROMOTIONS, List.of(Cell.number(3000 + index)));
        jobQuality.put(JQ_VOICE, List.of(Cell.choice(VOICE.get(index % 3)), Cell.choice(VOICE.get((index + 1) % 3))));
        return List.of(profile, vacancies, jobQuality);
    }

    private static double percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return Benchmarks.millis(sorted[Math.max(0, rank - 1)]);
    }

    /** CPU time of this JVM (all threads), to compare the work per save independently of the machine's other load. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double loadOneMinute() {
        return Double.parseDouble(Benchmarks.loadAverage().split(" ")[0]);
    }

    private String pool() {
        if (dataSource instanceof HikariDataSource hikari) {
            HikariPoolMXBean bean = hikari.getHikariPoolMXBean();
            return "HikariCP maximum-pool-size=" + hikari.getMaximumPoolSize() + (bean == null ? ""
                    : " (now active=" + bean.getActiveConnections() + " idle=" + bean.getIdleConnections() + ")");
        }
        return "pool " + dataSource.getClass().getSimpleName();
    }

    private String databaseName() {
        try (var connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at " + meta.getURL();
        } catch (java.sql.SQLException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }
}
