package uk.skillsplan.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.testing.Benchmarks;
import uk.skillsplan.testing.ServiceTest;

/**
 * Importing a whole-England business population file (issue 9): every district as a Nomis UK
 * download has them (England's 296 districts of April 2023, with the 17 districts merged that month
 * under their old names as Nomis still writes them, Wales, Scotland and Northern Ireland, England
 * and the LSIP areas as user-defined geographies), 18 broad industry groups, five years, in the real
 * stacked-block layout; CSV and XLSX. Each run checks the file for one area and confirms the latest
 * year, as the ERB lead does. Target: under 10 s. Not part of {@code ./mvnw verify}: see docs/benchmarks.md.
 */
@Tag("benchmark")
class PopulationImportBenchmarkTest extends ServiceTest {

    private static final int RUNS = Integer.getInteger("skillsplan.benchmark.population.runs", 5);
    private static final Set<String> SUCCESSORS = Set.of("Cumberland", "Westmorland and Furness", "North Yorkshire", "Somerset");

    @Autowired
    PopulationImportService population;

    @Test
    void a_whole_england_file_of_five_years_is_checked_and_imported_in_under_ten_seconds() throws IOException {
        Benchmarks.report("JVM: %s", Benchmarks.jvm());
        NomisFile file = wholeUk().years(2019, 2020, 2021, 2022, 2023);
        byte[] csv = file.csv();
        byte[] xlsx = file.xlsx();
        int rows = file.rows().size();
        Benchmarks.report("population file: %d places per block, 18 industries x 5 years = 90 blocks, %,d rows; "
                + "CSV %,d bytes, XLSX %,d bytes", placeCount(), rows, csv.length, xlsx.length);
        signInAs("admin");
        for (String[] area : List.of(new String[] {"E69000037", "West Yorkshire (5 districts)"},
                new String[] {"E69000013", "Greater London (33 districts)"})) {
            measure("CSV", area, () -> new ByteArrayInputStream(csv));
            measure("XLSX", area, () -> new ByteArrayInputStream(xlsx));
        }
    }

    private void measure(String format, String[] area, Supplier<java.io.InputStream> content) {
        List<Long> check = new ArrayList<>();
        List<Long> total = new ArrayList<>();
        PopulationImportSummary last = null;
        for (int run = 0; run < RUNS + 1; run++) {
            long start = System.nanoTime();
            PopulationImportPreview preview = population.check(area[0], "ubc." + format.toLowerCase(), content.get());
            long checked = System.nanoTime();
            assertThat(preview.errors()).isEmpty();
            last = population.confirm(preview, null);
            long done = System.nanoTime();
            if (run > 0) { // the first run warms the JIT up
                check.add(checked - start);
                total.add(done - start);
            }
        }
        Benchmarks.Stats all = Benchmarks.Stats.of(total);
        Benchmarks.report("population import %s for %s: check %s; check and confirm %s (%d runs after one warm-up); "
                        + "imported %,d businesses, %d districts, %d industries, year %d", format, area[1],
                Benchmarks.Stats.of(check), all, RUNS, last.totalBusinesses(), last.districts(), last.industries(), last.year());
        assertThat(Benchmarks.millis(total.stream().mapToLong(Long::longValue).max().orElseThrow())).isLessThan(10_000);
    }

    private static int placeCount() throws IOException {
        // One year's file: 18 blocks, each a header row and one row per place.
        return (int) wholeUk().rows().stream().filter(r -> r.size() > 2).count() / 18 - 1;
    }

    /** The places of a whole-UK Nomis download with several geography types selected. */
    static NomisFile wholeUk() throws IOException {
        NomisFile file = new NomisFile().place("country:England", null);
        for (CSVRecord area : read("lsip_area_codes.csv")) {
            file.place("User Defined Geography:" + shorten(area.get("lsip_area_2023")) + "-LSIP - from dn81838", null);
        }
        for (CSVRecord district : read("lsip_areas.csv")) {
            if (!SUCCESSORS.contains(district.get("local_authority"))) {
                file.place("ladu:" + district.get("local_authority"), null);
            }
        }
        for (CSVRecord merged : read("districts_merged_2023.csv")) {
            file.place("ladu:" + merged.get("old_name"), null);
        }
        for (CSVRecord outside : read("districts_outside_england.csv")) {
            file.place("ladu:" + outside.get("name"), null);
        }
        return file;
    }

    private static String shorten(String name) {
        return name.length() <= 35 ? name : name.substring(0, 35);
    }

    private static List<CSVRecord> read(String name) throws IOException {
        try (Reader reader = new InputStreamReader(PopulationImportBenchmarkTest.class.getResourceAsStream("/reference/" + name),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
