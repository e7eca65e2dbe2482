package uk.skillsplan.response;

import uk.skillsplan.demo.GeneratedRound;
import uk.skillsplan.demo.SyntheticResponses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.survey.EmployerQuestions;
import uk.skillsplan.survey.NewRound;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.testing.Benchmarks;
import uk.skillsplan.testing.Benchmarks.CountingOutputStream;
import uk.skillsplan.testing.Benchmarks.Heap;
import uk.skillsplan.testing.Benchmarks.HeapWatch;
import uk.skillsplan.testing.Benchmarks.LiveHeapSampler;
import uk.skillsplan.testing.Benchmarks.Stats;
import uk.skillsplan.testing.ServiceTest;

/**
 * A large employer round: writing it with {@link SyntheticResponses}, exporting it as CSV and XLSX
 * (time and heap), and importing a file of its rows into fresh rounds of the same area (time; and a
 * file with one bad row, which must be refused with nothing written). Sizes come from system
 * properties (defaults: 10,000 responses, a 1,000-response round to compare heap use with, a
 * 5,000-row import, 3 timed repeats). Run it with a fixed, modest heap (the {@code benchmarks} Maven
 * profile sets -Xmx512m) so that completing at all shows that the export streams. Not part of
 * {@code ./mvnw verify}: see docs/benchmarks.md.
 */
@Tag("benchmark")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResponseVolumeBenchmarkTest extends ServiceTest {

    /** Buckinghamshire: no demo data there. */
    private static final String AREA = "E69000002";
    private static final int RESPONSES = Integer.getInteger("skillsplan.benchmark.responses", 10_000);
    private static final int SMALL_RESPONSES = Integer.getInteger("skillsplan.benchmark.small-responses", 1_000);
    private static final int IMPORT_ROWS = Integer.getInteger("skillsplan.benchmark.import-rows", 5_000);
    private static final int REPEATS = Integer.getInteger("skillsplan.benchmark.repeats", 3);
    /** How often the untimed heap-sampling run of each operation collects garbage and notes the live heap. */
    private static final long SAMPLE_MILLIS = Long.getLong("skillsplan.benchmark.heap-sample-millis", 100);

    @Autowired
    SyntheticResponses synthetic;
    @Autowired
    ResponseExportService export;
    @Autowired
    ResponseImportService imports;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    JdbcClient jdbc;

    private long largeRound;
    private long smallRound;
    private byte[] importFile;

    @BeforeAll
    void writeTheRounds() {
        Benchmarks.report("JVM: %s", Benchmarks.jvm());
        signInAs("admin");
        smallRound = generate(SMALL_RESPONSES, 2);
        largeRound = generate(RESPONSES, 1);
    }

    @Test
    @Order(1)
    void exports_csv() throws IOException {
        exportRepeatedly("CSV", SMALL_RESPONSES, smallRound, false);
        exportRepeatedly("CSV", RESPONSES, largeRound, false);
    }

    @Test
    @Order(2)
    void exports_xlsx() throws IOException {
        exportRepeatedly("XLSX", SMALL_RESPONSES, smallRound, true);
        exportRepeatedly("XLSX", RESPONSES, largeRound, true);
    }

    @Test
    @Order(3)
    void imports_a_large_file() throws IOException {
        signInAs("admin");
        importFile = firstRows(IMPORT_ROWS);
        Benchmarks.report("import file: %d rows, %d bytes (CSV, the first rows of the %d-response export)", IMPORT_ROWS,
                importFile.length, RESPONSES);
        ImportResult warmUp = imports.importFile(newRound("Import warm-up"), "warm-up.csv",
                new ByteArrayInputStream(firstRows(200)));
        assertThat(warmUp.ok()).as("%s", warmUp.errors()).isTrue();
        List<Long> times = new ArrayList<>();
        for (int i = 1; i <= REPEATS; i++) {
            long round = newRound("Import benchmark");
            HeapWatch heap = HeapWatch.start();
            long start = System.nanoTime();
            ImportResult result = imports.importFile(round, "benchmark.csv", new ByteArrayInputStream(importFile));
            long took = System.nanoTime() - start;
            Heap used = heap.stop();
            assertThat(result.ok()).as("%s", result.errors()).isTrue();
            assertThat(result.imported()).isEqualTo(IMPORT_ROWS);
            assertThat(submittedIn(round)).isEqualTo(IMPORT_ROWS);
            times.add(took);
            Benchmarks.report("import CSV %d rows, run %d/%d: %.0f ms (%.0f rows/s); %s", IMPORT_ROWS, i, REPEATS,
                    Benchmarks.millis(took), IMPORT_ROWS / (took / 1e9), used);
        }
        Benchmarks.report("import CSV %d rows: %s", IMPORT_ROWS, Stats.of(times));
        long round = newRound("Import heap sampling");
        LiveHeapSampler sampler = LiveHeapSampler.start(SAMPLE_MILLIS);
        ImportResult result = imports.importFile(round, "benchmark.csv", new ByteArrayInputStream(importFile));
        String live = sampler.stop();
        assertThat(result.imported()).isEqualTo(IMPORT_ROWS);
        Benchmarks.report("import CSV %d rows, untimed run with a full GC every %d ms: %s", IMPORT_ROWS, SAMPLE_MILLIS,
                live);
    }

    @Test
    @Order(4)
    void refuses_a_large_file_with_one_bad_row() throws IOException {
        signInAs("admin");
        byte[] file = withOneBadRow(importFile != null ? importFile : firstRows(IMPORT_ROWS), IMPORT_ROWS / 2);
        long round = newRound("Import refusal benchmark");
        List<Long> before = counts();
        List<Long> times = new ArrayList<>();
        for (int i = 1; i <= REPEATS; i++) {
            long start = System.nanoTime();
            ImportResult result = imports.importFile(round, "one-bad-row.csv", new ByteArrayInputStream(file));
            CountingOutputStream report = new CountingOutputStream();
            imports.writeErrorReport(result, report);
            long took = System.nanoTime() - start;
            assertThat(result.ok()).isFalse();
            assertThat(result.imported()).isZero();
            assertThat(result.errors()).allSatisfy(e -> assertThat(e.row()).isEqualTo(IMPORT_ROWS / 2 + 2));
            assertThat(counts()).as("nothing written").isEqualTo(before);
            assertThat(submittedIn(round)).isZero();
            times.add(took);
            Benchmarks.report("refuse CSV %d rows with 1 bad row (import + error report), run %d/%d: %.0f ms; "
                            + "%d problem(s) reported: %s; rows/answers/revisions unchanged: %s", IMPORT_ROWS, i, REPEATS,
                    Benchmarks.millis(took), result.errorCount(), result.errors(), before);
        }
        Benchmarks.report("refuse CSV %d rows with 1 bad row: %s", IMPORT_ROWS, Stats.of(times));
        LiveHeapSampler sampler = LiveHeapSampler.start(SAMPLE_MILLIS);
        ImportResult result = imports.importFile(round, "one-bad-row.csv", new ByteArrayInputStream(file));
        String live = sampler.stop();
        assertThat(result.ok()).isFalse();
        Benchmarks.report("refuse CSV %d rows with 1 bad row, untimed run with a full GC every %d ms: %s", IMPORT_ROWS,
                SAMPLE_MILLIS, live);
    }

    private long generate(int count, long seed) {
        long round = newRound("Benchmark " + count);
        GeneratedRound generated = synthetic.generate(round, count, seed);
        long cells = jdbc.sql("select count(*) from answer a join response r on r.id = a.response_id where r.round_id = ?")
                .param(round).query(Long.class).single();
        assertThat(submittedIn(round)).isEqualTo(count);
        Benchmarks.report("generated a synthetic employer round of %d responses in %d ms (%d answer cells)", count,
                generated.took().toMillis(), cells);
        return round;
    }

    private void exportRepeatedly(String format, int size, long round, boolean xlsx) throws IOException {
        signInAs("admin");
        export(round, xlsx, new CountingOutputStream()); // warm-up
        List<Long> times = new ArrayList<>();
        List<Long> peaks = new ArrayList<>();
        for (int i = 1; i <= REPEATS; i++) {
            CountingOutputStream out = new CountingOutputStream();
            HeapWatch heap = HeapWatch.start();
            long start = System.nanoTime();
            export(round, xlsx, out);
            long took = System.nanoTime() - start;
            Heap used = heap.stop();
            times.add(took);
            peaks.add(used.peakMb());
            Benchmarks.report("export %s %d responses, run %d/%d: %.0f ms, %d bytes; %s", format, size, i, REPEATS,
                    Benchmarks.millis(took), out.count(), used);
        }
        Benchmarks.report("export %s %d responses: %s; heap peaks (MB) %s", format, size, Stats.of(times), peaks);
        LiveHeapSampler sampler = LiveHeapSampler.start(SAMPLE_MILLIS);
        export(round, xlsx, new CountingOutputStream());
        Benchmarks.report("export %s %d responses, untimed run with a full GC every %d ms: %s", format, size,
                SAMPLE_MILLIS, sampler.stop());
    }

    private void export(long round, boolean xlsx, CountingOutputStream out) throws IOException {
        if (xlsx) {
            export.exportXlsx(round, out);
        } else {
            export.exportCsv(round, out);
        }
        assertThat(out.count()).isPositive();
    }

    /** The header and the first {@code rows} responses of the large round's CSV export, as a file to import. */
    private byte[] firstRows(int rows) throws IOException {
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        export.exportCsv(largeRound, exported);
        String text = exported.toString(StandardCharsets.UTF_8).replace("\uFEFF", "");
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), ResponseExportService.CSV);
             Writer writer = new OutputStreamWriter(file, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, ResponseExportService.CSV)) {
            writer.write('\uFEFF');
            int written = -1; // the header first
            for (CSVRecord record : parser) {
                if (written++ >= rows) {
                    break;
                }
                printer.printRecord(record.toList());
            }
            assertThat(written).as("rows in the export").isGreaterThan(rows);
        }
        return file.toByteArray();
    }

    /** The file with an impossible sector in one data row ({@code index} from 0; row number index + 2). */
    private static byte[] withOneBadRow(byte[] file, int index) throws IOException {
        String text = new String(file, StandardCharsets.UTF_8).replace("\uFEFF", "");
        ByteArrayOutputStream changed = new ByteArrayOutputStream();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), ResponseExportService.CSV);
             Writer writer = new OutputStreamWriter(changed, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, ResponseExportService.CSV)) {
            writer.write('\uFEFF');
            List<CSVRecord> records = parser.getRecords();
            int column = records.getFirst().toList().indexOf(EmployerQuestions.SIC_SECTION);
            assertThat(column).isNotNegative();
            for (int i = 0; i < records.size(); i++) {
                List<String> values = new ArrayList<>(records.get(i).toList());
                if (i == index + 1) {
                    values.set(column, "Z9");
                }
                printer.printRecord(values);
            }
        }
        return changed.toByteArray();
    }

    private long newRound(String title) {
        long version = questionnaires.versions().stream().filter(v -> v.code().equals(EmployerQuestions.QUESTIONNAIRE))
                .findFirst().orElseThrow().id();
        return rounds.openInArea(AREA, new NewRound(title + " " + UUID.randomUUID().toString().substring(0, 8), version,
                Set.of(OrganisationKind.EMPLOYER), rounds.today().minusDays(30), rounds.today().plusDays(30))).id();
    }

    private int submittedIn(long round) {
        return jdbc.sql("select count(*) from response where round_id = ? and status = 'SUBMITTED'").param(round)
                .query(Integer.class).single();
    }

    /** Responses, answers and kept submissions in the whole database: a refused import must change none. */
    private List<Long> counts() {
        return jdbc.sql("select (select count(*) from response), (select count(*) from answer), "
                        + "(select count(*) from response_revision), (select count(*) from answer_revision)")
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4))).single();
    }
}
