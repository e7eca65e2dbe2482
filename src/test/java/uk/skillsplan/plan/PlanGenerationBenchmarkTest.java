package uk.skillsplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.skillsplan.demo.SyntheticResponses;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.insight.LargeRounds;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.survey.EmployerQuestions;
import uk.skillsplan.survey.NewRound;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.testing.Benchmarks;
import uk.skillsplan.testing.Benchmarks.CountingOutputStream;
import uk.skillsplan.testing.Benchmarks.HeapWatch;
import uk.skillsplan.testing.Benchmarks.Stats;
import uk.skillsplan.testing.ServiceTest;

/**
 * Generating a draft plan for an area with 50,000 employer responses, and exporting it to DOCX and PDF
 * (issue 10, "Measure"; target: the draft under 2 s on PostgreSQL). Uses the largest employer round in
 * Buckinghamshire that an earlier {@code InsightBenchmarkTest} left in the benchmark database, or makes
 * one the same way (10,000 generated responses copied {@code skillsplan.benchmark.plan.copies} times, 5).
 * Cold: a submission to the round just before each generation (untimed), which evicts what the insight
 * engine keeps, as every real submission does; warm: generated again with nothing submitted since.
 * Not part of {@code ./mvnw verify}: see docs/benchmarks.md, section K.
 */
@Tag("benchmark")
class PlanGenerationBenchmarkTest extends ServiceTest {

    private static final String AREA = "E69000002";
    private static final int REPEATS = Integer.getInteger("skillsplan.benchmark.repeats", 5);
    private static final int MIN_RESPONSES = Integer.getInteger("skillsplan.benchmark.plan.responses", 50_000);

    @Autowired
    PlanService plans;
    @Autowired
    PlanDraftingService drafting;
    @Autowired
    PlanExportService exports;
    @Autowired
    SyntheticResponses synthetic;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ApplicationEventPublisher events;

    private String db;

    @Test
    void generates_a_draft_for_fifty_thousand_responses_and_exports_it() throws IOException {
        db = jdbc.sql("select 1").query((rs, i) -> {
            var meta = rs.getStatement().getConnection().getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        }).single();
        report("JVM: %s", Benchmarks.jvm());
        report("database: %s", db);
        signInAs("admin");
        long round = largeRound();
        int size = jdbc.sql("select count(*) from submitted_response where round_id = ?").param(round).query(Integer.class)
                .single();
        if (db.toLowerCase().contains("postgres")) {
            jdbc.sql("analyze").update();
        }
        PlanSummary plan = plans.create(new NewPlan(AREA, 2026, 2029, List.of(round), Weighting.UNWEIGHTED));
        Runnable submission = LargeRounds.aSubmissionTo(jdbc, events,
                new org.springframework.transaction.support.TransactionTemplate(transactionManager), round);

        Stats cold = time(() -> drafting.generate(plan.id(), List.of(round), Weighting.UNWEIGHTED), submission);
        Stats warm = time(() -> drafting.generate(plan.id(), List.of(round), Weighting.UNWEIGHTED), () -> { });
        List<SectionText> sections = plans.sections(plan.id());
        assertThat(sections).allMatch(s -> !s.empty());
        long links = sections.stream().mapToLong(s -> s.body().split("/plans/evidence/", -1).length - 1).sum();
        report("N=%d generate a draft (every section, %d figure links, %d priorities), cold (a submission just before): %s",
                size, links, plans.priorities(plan.id()).size(), cold);
        report("N=%d generate a draft, warm (nothing submitted since): %s", size, warm);

        long[] bytes = new long[2];
        Stats docx = time(() -> bytes[0] = export(true, plan.id()), () -> { });
        Stats pdf = time(() -> bytes[1] = export(false, plan.id()), () -> { });
        report("N=%d export DOCX (%d KB): %s", size, bytes[0] >> 10, docx);
        report("N=%d export PDF (%d KB): %s", size, bytes[1] >> 10, pdf);
    }

    private long export(boolean docx, long planId) {
        CountingOutputStream out = new CountingOutputStream();
        try {
            if (docx) {
                exports.docx(planId, out);
            } else {
                exports.pdf(planId, out);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.count();
    }

    /** The largest employer round of the area with at least the size asked for, made when there is none. */
    private long largeRound() {
        List<long[]> existing = jdbc.sql("select round_id, count(*) from submitted_response where lsip_code = ? "
                        + "group by round_id having count(*) >= ? order by count(*) desc, round_id desc")
                .param(AREA).param(MIN_RESPONSES).query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
        if (!existing.isEmpty()) {
            report("using round %d (%d responses) left by an earlier run", existing.getFirst()[0], existing.getFirst()[1]);
            return existing.getFirst()[0];
        }
        int copies = Integer.getInteger("skillsplan.benchmark.plan.copies", 5);
        int generated = (MIN_RESPONSES + copies - 1) / copies;
        long source = newRound("Plan benchmark source");
        long start = System.nanoTime();
        synthetic.generate(source, generated, 7);
        long round = newRound("Plan benchmark");
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            LargeRounds.copy(jdbc, source, round, copies);
            LargeRounds.submitted(jdbc, events, round);
        });
        report("generated %d responses and copied them %d times into round %d in %.0f ms", generated, copies, round,
                Benchmarks.millis(System.nanoTime() - start));
        return round;
    }

    /** One warm-up, then the repeats, each after {@code before} (untimed); heap in the report line. */
    private Stats time(Runnable work, Runnable before) {
        before.run();
        work.run();
        List<Long> times = new ArrayList<>();
        HeapWatch heap = HeapWatch.start();
        for (int i = 0; i < REPEATS; i++) {
            before.run();
            long start = System.nanoTime();
            work.run();
            times.add(System.nanoTime() - start);
        }
        report("  heap during the timed runs: %s", heap.stop());
        return Stats.of(times);
    }

    private long newRound(String title) {
        long version = questionnaires.versions().stream().filter(v -> v.code().equals(EmployerQuestions.QUESTIONNAIRE))
                .findFirst().orElseThrow().id();
        return rounds.openInArea(AREA, new NewRound(title + " " + UUID.randomUUID().toString().substring(0, 8), version,
                Set.of(OrganisationKind.EMPLOYER), rounds.today().minusDays(30), rounds.today().plusDays(30))).id();
    }

    private void report(String format, Object... args) {
        Benchmarks.report("[" + db.split(" ")[0] + "] " + format, args);
    }
}
