package uk.skillsplan.response;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.concurrent.DelegatingSecurityContextCallable;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.Benchmarks;
import uk.skillsplan.testing.Benchmarks.Heap;
import uk.skillsplan.testing.Benchmarks.HeapWatch;
import uk.skillsplan.testing.Benchmarks.LiveHeapSampler;
import uk.skillsplan.testing.ServiceTest;

/**
 * The heap an import uses on each hostile file (a 50 MB CSV line, a million tiny rows, a cell
 * beyond XFD1048576, a shared-strings bomb, megabytes of text in one cell, a formula), one at a
 * time and then all at once while another ERB lead imports a valid file, to show that the bounds
 * hold within -Xmx512m (the {@code benchmarks} profile) and that everyone else is still served.
 * Not part of {@code ./mvnw verify}: see docs/benchmarks.md.
 */
@Tag("benchmark")
class HostileImportBenchmarkTest extends ServiceTest {

    /** Refusals take 0.1-1 s, so the live heap is sampled more often than for the other benchmarks. */
    private static final long SAMPLE_MILLIS = Long.getLong("skillsplan.benchmark.hostile.heap-sample-millis", 10);

    @Autowired
    ResponseImportService imports;
    @Autowired
    ResponseService responses;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void every_hostile_file_is_refused_within_a_bounded_heap_while_others_are_served() throws Exception {
        Benchmarks.report("JVM: %s", Benchmarks.jvm());
        ResponseFileFixture fixture = new ResponseFileFixture(rounds, questionnaires, organisations, responses, jdbc);
        signInAs("erb");
        SurveyRoundSummary round = fixture.employerRound();
        OrganisationSummary employer = fixture.employer();
        Map<String, Supplier<InputStream>> files = hostileFiles(employer.id());
        List<Long> before = fixture.counts();

        for (Map.Entry<String, Supplier<InputStream>> file : files.entrySet()) {
            HeapWatch watch = HeapWatch.start();
            long start = System.nanoTime();
            ImportResult result = imports.importFile(round.id(), file.getKey(), file.getValue().get());
            long took = System.nanoTime() - start;
            Heap heap = watch.stop();
            assertThat(result.ok()).as(file.getKey()).isFalse();
            LiveHeapSampler sampler = LiveHeapSampler.start(SAMPLE_MILLIS);
            imports.importFile(round.id(), file.getKey(), file.getValue().get());
            String live = sampler.stop();
            Benchmarks.report("hostile %s: refused in %.0f ms at row %d: \"%s\"; %s; %s", file.getKey(),
                    Benchmarks.millis(took), result.errors().getFirst().row(), shortened(result.errors().getFirst().reason()),
                    heap, live);
        }
        assertThat(fixture.counts()).as("nothing written").isEqualTo(before);

        // All at once, each in its own thread, while another ERB lead imports a valid file into another round.
        SurveyRoundSummary otherRound = fixture.employerRound();
        OrganisationSummary other = fixture.employer();
        ExecutorService pool = Executors.newFixedThreadPool(files.size());
        HeapWatch watch = HeapWatch.start();
        long start = System.nanoTime();
        List<Future<ImportResult>> hostile = new ArrayList<>();
        for (Map.Entry<String, Supplier<InputStream>> file : files.entrySet()) {
            hostile.add(pool.submit(new DelegatingSecurityContextCallable<>(
                    () -> imports.importFile(round.id(), file.getKey(), file.getValue().get()))));
        }
        ImportResult valid = imports.importFile(otherRound.id(), "valid.csv",
                new ByteArrayInputStream(TestFiles.csv(ResponseFileFixture.requiredRow(other.id()))));
        long validTook = System.nanoTime() - start;
        for (Future<ImportResult> result : hostile) {
            assertThat(result.get().ok()).isFalse();
        }
        long allTook = System.nanoTime() - start;
        Heap heap = watch.stop();
        pool.shutdown();
        assertThat(valid.imported()).as("%s", valid.errors()).isEqualTo(1);
        Benchmarks.report("all %d hostile files at once: refused in %.0f ms; a valid import alongside took %.0f ms; %s",
                files.size(), Benchmarks.millis(allTook), Benchmarks.millis(validTook), heap);
    }

    private static Map<String, Supplier<InputStream>> hostileFiles(long organisationId) throws IOException {
        Map<String, String> row = ResponseFileFixture.requiredRow(organisationId);
        List<String> header = List.copyOf(row.keySet());
        byte[] farCell = HostileFiles.xlsx(row, Map.of(HostileFiles.SHEET, HostileFiles.sheet(header,
                out -> out.write("<row r=\"2\">" + HostileFiles.inlineCell("ZZZZ2000000", "x") + "</row>"))));
        HostileFiles.Part noRows = HostileFiles.sheet(header, out -> { });
        byte[] bomb = HostileFiles.xlsx(row, Map.of(HostileFiles.SHEET, noRows,
                HostileFiles.SHARED_STRINGS, HostileFiles.sharedStrings(300_000, 1_000, new Random(1), "a")));
        byte[] sharedText = HostileFiles.xlsx(row, Map.of(HostileFiles.SHEET, noRows,
                HostileFiles.SHARED_STRINGS, HostileFiles.sharedStrings(570, 30_000, new Random(2), "ab")));
        String huge = HostileFiles.randomText(2_000_000, 3);
        byte[] hugeCell = HostileFiles.xlsx(row, Map.of(HostileFiles.SHEET, HostileFiles.sheet(header,
                out -> out.write("<row r=\"2\">" + HostileFiles.inlineCell("B2", huge) + "</row>"))));
        byte[] formula = HostileFiles.withFormula(row, "20+5");
        Map<String, Supplier<InputStream>> files = new LinkedHashMap<>();
        files.put("one-50MB-line.csv", () -> HostileFiles.csv("organisation_id,COMMENTS\n" + organisationId + ",", "x",
                50_000_000, "\n"));
        files.put("a-million-rows.csv", () -> HostileFiles.csv("organisation_id,EMP_TOTAL\n", ",1\n", 1_000_000, ""));
        files.put("cell-ZZZZ2000000.xlsx", () -> new ByteArrayInputStream(farCell));
        files.put("shared-strings-bomb-300MB.xlsx", () -> new ByteArrayInputStream(bomb));
        files.put("shared-strings-17M-chars.xlsx", () -> new ByteArrayInputStream(sharedText));
        files.put("cell-of-2M-chars.xlsx", () -> new ByteArrayInputStream(hugeCell));
        files.put("formula.xlsx", () -> new ByteArrayInputStream(formula));
        Benchmarks.report("hostile files (bytes uploaded): 50MB line %d, million rows %d, far cell %d, bomb %d, "
                        + "shared text %d, huge cell %d, formula %d", 50_000_000L + 40, 3_000_026L, farCell.length,
                bomb.length, sharedText.length, hugeCell.length, formula.length);
        return files;
    }

    private static String shortened(String text) {
        return text.length() <= 90 ? text : text.substring(0, 90) + "...";
    }
}
