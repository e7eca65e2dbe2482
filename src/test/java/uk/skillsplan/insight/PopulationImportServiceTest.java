package uk.skillsplan.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.response.ImportError;
import uk.skillsplan.testing.ServiceTest;

/**
 * The business population import, fed with the shipped Nomis download and with files built in the
 * same layout (several years, XLSX, detailed size bands, SIC sections, mnemonic codes, a byte-order
 * mark, merged, unknown and non-England districts, bad counts).
 */
class PopulationImportServiceTest extends ServiceTest {

    static final String WEST_YORKSHIRE = "E69000037";
    static final String GREATER_MANCHESTER = "E69000014";
    static final String CUMBRIA = "E69000006";
    static final String SHIPPED = "ubc_enterprises_broad_industry_2022_nomis.csv";

    @Autowired
    PopulationImportService population;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_shipped_nomis_download_gives_west_yorkshire_its_five_districts_and_eighteen_industries() {
        signInAs("erb");

        PopulationImportPreview preview = population.check(WEST_YORKSHIRE, SHIPPED, shipped());

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.unit()).isEqualTo(PopulationUnit.ENTERPRISES);
        assertThat(preview.downloadedOn()).isEqualTo(LocalDate.of(2023, 4, 24));
        assertThat(preview.industryScheme()).isEqualTo(PopulationIndustryScheme.BROAD_INDUSTRY_GROUP);
        assertThat(preview.detailedBands()).isFalse();
        assertThat(preview.years()).extracting(PopulationYearSummary::year).containsExactly(2022);
        PopulationYearSummary year = preview.year(2022);
        assertThat(year.districts()).containsExactly("Bradford", "Calderdale", "Kirklees", "Leeds", "Wakefield");
        assertThat(year.industries()).isEqualTo(18);
        // The band cells of the five district rows, added up by hand from the file (never the rounded area rows).
        assertThat(year.totalBusinesses()).isEqualTo(80_585);
        assertThat(preview.counts().stream().filter(c -> c.industryCode().equals("4")).mapToInt(PopulationCount::businesses)
                .sum()).isEqualTo(10_325);
        // Wales (22), Scotland (32) and Northern Ireland (11) are outside every LSIP area.
        assertThat(preview.outsideEngland()).isEqualTo(65);
        assertThat(preview.otherGeographies()).containsKeys("country", "lep", "User Defined Geography");
        assertThat(preview.otherAreaDistricts()).isGreaterThan(250);
    }

    @Test
    void confirming_writes_the_chosen_year_and_keeps_earlier_imports() {
        signInAs("erb");
        int before = population.imports(WEST_YORKSHIRE).size();
        PopulationImportPreview preview = population.check(WEST_YORKSHIRE, SHIPPED, shipped());

        PopulationImportSummary first = population.confirm(preview, null);
        PopulationImportSummary second = population.confirm(preview, 2022);

        assertThat(first.year()).isEqualTo(2022);
        assertThat(first.totalBusinesses()).isEqualTo(80_585);
        assertThat(first.districts()).isEqualTo(5);
        assertThat(first.industries()).isEqualTo(18);
        assertThat(first.downloadedOn()).isEqualTo(LocalDate.of(2023, 4, 24));
        assertThat(first.importedBy()).isNotBlank();
        assertThat(population.imports(WEST_YORKSHIRE)).hasSize(before + 2).extracting(PopulationImportSummary::id)
                .startsWith(second.id(), first.id());
        List<PopulationCount> counts = population.counts(first.id());
        assertThat(counts).hasSize(5 * 18 * 4);
        assertThat(counts.stream().mapToLong(PopulationCount::businesses).sum()).isEqualTo(80_585);
        assertThat(counts).filteredOn(c -> c.ladCode().equals("E08000035") && c.industryCode().equals("3")
                && c.sizeBand().equals("large")).singleElement().satisfies(c -> {
                    assertThat(c.industryName()).isEqualTo("Manufacturing (C)");
                    assertThat(c.year()).isEqualTo(2022);
                });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'POPULATION_IMPORTED' and subject like ?",
                Integer.class, "%(import " + first.id() + ")")).isEqualTo(1);
    }

    @Test
    void districts_merged_in_april_2023_are_counted_in_their_successor() {
        signInAs("admin");

        PopulationImportPreview preview = population.check(CUMBRIA, SHIPPED, shipped());

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.year(2022).districts()).containsExactly("Cumberland", "Westmorland and Furness");
        // Allerdale 4,155 + Carlisle 5,155 + Copeland 2,015 (band cells, all industries).
        assertThat(preview.counts().stream().filter(c -> c.ladCode().equals("E06000063"))
                .mapToInt(PopulationCount::businesses).sum()).isEqualTo(11_325);
        assertThat(preview.notes()).extracting(ImportError::value).contains("Allerdale", "Carlisle", "Copeland",
                "Barrow-in-Furness", "Eden", "South Lakeland");
        assertThat(preview.notes().getFirst().reason()).contains("was merged into");
    }

    @Test
    void an_xlsx_file_with_several_years_imports_the_latest_unless_another_is_chosen() {
        signInAs("erb");
        NomisFile file = westYorkshire().years(2019, 2020, 2021, 2022, 2023);

        PopulationImportPreview preview = population.check(WEST_YORKSHIRE, "ubc.xlsx", new ByteArrayInputStream(file.xlsx()));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.years()).extracting(PopulationYearSummary::year).containsExactly(2023, 2022, 2021, 2020, 2019);
        assertThat(preview.latestYear()).isEqualTo(2023);
        assertThat(population.confirm(preview, null).year()).isEqualTo(2023);
        PopulationImportSummary chosen = population.confirm(preview, 2020);
        assertThat(chosen.year()).isEqualTo(2020);
        assertThat(chosen.totalBusinesses()).isEqualTo(expectedTotal(file, 2020, 5, 18, 4));
        assertThat(population.counts(chosen.id())).allMatch(c -> c.year() == 2020);
    }

    @Test
    void detailed_size_bands_are_added_up_to_the_broad_ones() {
        signInAs("erb");
        NomisFile file = westYorkshire().bands(NomisFile.DETAILED_BANDS);

        PopulationImportPreview preview = population.check(WEST_YORKSHIRE, "ubc.csv", new ByteArrayInputStream(file.csv()));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.detailedBands()).isTrue();
        // Leeds (place 4, after England and three districts), Manufacturing: 50 to 99 and 100 to 249 make "medium".
        int medium = NomisFile.count(4, 2, 2022, 4) + NomisFile.count(4, 2, 2022, 5);
        assertThat(preview.counts()).filteredOn(c -> c.ladCode().equals("E08000035") && c.industryCode().equals("3"))
                .extracting(PopulationCount::sizeBand, PopulationCount::businesses)
                .contains(org.assertj.core.groups.Tuple.tuple("medium", medium));
        assertThat(preview.counts().stream().map(PopulationCount::sizeBand).distinct())
                .containsExactlyInAnyOrder("micro", "small", "medium", "large");
    }

    @Test
    void sic_sections_and_mnemonic_codes_are_read_and_local_units_recorded() {
        signInAs("erb");
        NomisFile file = new NomisFile().localUnits().mnemonic().industries(NomisFile.SECTIONS)
                .place("Bradford", "E08000032").place("Leeds", "E08000035").place("Cardiff", "W06000015")
                .place("Manchester", "E08000003");

        PopulationImportPreview preview = population.check(WEST_YORKSHIRE, "ubc.csv", new ByteArrayInputStream(file.csv()));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.unit()).isEqualTo(PopulationUnit.LOCAL_UNITS);
        assertThat(preview.industryScheme()).isEqualTo(PopulationIndustryScheme.SIC_SECTION);
        assertThat(preview.counts()).extracting(PopulationCount::industryCode).containsOnly("A", "B", "C", "F", "G");
        assertThat(preview.year(2022).districts()).containsExactly("Bradford", "Leeds");
        assertThat(preview.outsideEngland()).isEqualTo(1);
        assertThat(preview.otherAreaDistricts()).isEqualTo(1);
    }

    @Test
    void a_byte_order_mark_unknown_and_non_england_districts_are_handled_and_reported_with_their_row() {
        signInAs("erb");
        NomisFile file = new NomisFile().place("country:England", null).place("ladu:Leeds", null)
                .place("ladu:Kingston upon Hull, City of", null).place("ladu:Leeds Central", null)
                .place("ladu:Glasgow City", null).place("lep:Leeds City Region", null)
                .place("User Defined Geography:West Yorkshire-LSIP - from dn81838", null);

        PopulationImportPreview preview = population.check(WEST_YORKSHIRE, "ubc.csv",
                new ByteArrayInputStream(file.csvWithByteOrderMark()));

        assertThat(preview.errors()).isEmpty();
        assertThat(preview.year(2022).districts()).containsExactly("Leeds");
        assertThat(preview.outsideEngland()).isEqualTo(1);
        assertThat(preview.otherAreaDistricts()).as("Hull, in another area").isEqualTo(1);
        assertThat(preview.otherGeographies()).containsEntry("country", 1).containsEntry("lep", 1)
                .containsEntry("User Defined Geography", 1);
        assertThat(preview.notes()).singleElement().satisfies(note -> {
            assertThat(note.row()).isEqualTo(12);
            assertThat(note.value()).isEqualTo("Leeds Central");
            assertThat(note.reason()).contains("matches no local authority district");
        });
    }

    @Test
    void a_district_name_thousands_of_characters_long_is_reported_cut_short_not_whole() {
        signInAs("erb");
        String hostile = "<img src=x onerror=alert(1)>" + "B".repeat(5000);
        NomisFile file = new NomisFile().place("ladu:Leeds", null).place("ladu:" + hostile, null);

        PopulationImportPreview preview = population.check(WEST_YORKSHIRE, "ubc.csv", new ByteArrayInputStream(file.csv()));

        assertThat(preview.notes()).singleElement().satisfies(note -> {
            assertThat(note.value()).startsWith("<img src=x onerror=alert(1)>BBB").endsWith("...").hasSize(103);
            assertThat(note.reason()).contains("matches no local authority district").hasSizeLessThan(400);
        });
    }

    @Test
    void negative_and_non_numeric_counts_refuse_the_whole_file_with_row_level_reasons_and_nothing_is_written() {
        signInAs("erb");
        NomisFile file = westYorkshire().cell("ladu:Leeds", 1, "-5").cell("ladu:Bradford", 2, "=HYPERLINK(\"x\")")
                .cell("ladu:Wakefield", 0, "");
        int before = countImports();

        PopulationImportPreview preview = population.check(WEST_YORKSHIRE, "ubc.csv", new ByteArrayInputStream(file.csv()));

        assertThat(preview.ok()).isFalse();
        assertThat(preview.errorCount()).isEqualTo(3 * 18);
        assertThat(preview.errors()).extracting(ImportError::reason).anyMatch(r -> r.contains("cannot be negative"))
                .anyMatch(r -> r.contains("is not a count")).anyMatch(r -> r.contains("is missing"));
        ImportError negative = preview.errors().stream().filter(e -> e.value().equals("-5")).findFirst().orElseThrow();
        assertThat(negative.row()).as("Leeds, the fifth data row under the header in row 8").isEqualTo(13);
        assertThat(negative.column()).contains("small");
        assertThat(preview.counts()).isEmpty();
        assertThatThrownBy(() -> population.confirm(preview, null)).isInstanceOf(ValidationException.class);
        assertThat(countImports()).isEqualTo(before);

        String report = report(preview);
        assertThat(report).startsWith("\uFEFFrow,column,value,reason").contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
    }

    @Test
    void a_missing_size_band_refuses_the_file() {
        signInAs("erb");
        NomisFile file = westYorkshire().bands(List.of("Micro (0 to 9)", "Small (10 to 49)", "Large (250+)"));

        PopulationImportPreview preview = population.check(WEST_YORKSHIRE, "ubc.csv", new ByteArrayInputStream(file.csv()));

        assertThat(preview.ok()).isFalse();
        assertThat(preview.errors().getFirst().row()).isEqualTo(8);
        assertThat(preview.errors().getFirst().reason()).contains("no column for the size band Medium-sized (50 to 249)");
    }

    @Test
    void unreadable_files_are_refused_with_their_reason() {
        signInAs("erb");

        assertThat(population.check(WEST_YORKSHIRE, "ubc.pdf", bytes("%PDF-1.4")).errors().getFirst().reason())
                .contains("Upload a .csv or .xlsx file");
        assertThat(population.check(WEST_YORKSHIRE, "ubc.xlsx", bytes("not a workbook")).errors().getFirst().reason())
                .contains("could not be read as an Excel workbook");
        assertThat(population.check(WEST_YORKSHIRE, "ubc.csv", bytes("name,age\nx,1\n")).errors().getFirst().reason())
                .contains("not a UK Business Counts file");
        assertThat(population.check(WEST_YORKSHIRE, "ubc.csv", new ByteArrayInputStream(new byte[] {(byte) 0xC3, 0x28}))
                .errors().getFirst().reason()).contains("not UTF-8");
    }

    @Test
    void an_import_for_another_area_is_refused_and_respondents_may_not_import() {
        signInAs("erb");
        assertThatThrownBy(() -> population.check(GREATER_MANCHESTER, SHIPPED, shipped()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> population.imports(GREATER_MANCHESTER)).isInstanceOf(AccessDeniedException.class);
        PopulationImportPreview forGreaterManchester = checkAs("erb.gm", GREATER_MANCHESTER);

        signInAs("erb");
        assertThatThrownBy(() -> population.confirm(forGreaterManchester, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(population.areasForImport()).extracting(a -> a.code()).containsExactly(WEST_YORKSHIRE);

        signInAs("employer");
        assertThatThrownBy(() -> population.check(WEST_YORKSHIRE, SHIPPED, shipped())).isInstanceOf(AccessDeniedException.class);
        signInAs("council");
        assertThatThrownBy(() -> population.imports(WEST_YORKSHIRE)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_demo_areas_start_with_the_real_population_loaded_through_the_importer() {
        signInAs("admin");

        for (String area : List.of(WEST_YORKSHIRE, GREATER_MANCHESTER, "E69000005")) {
            assertThat(population.imports(area)).extracting(PopulationImportSummary::fileName).contains(SHIPPED);
        }
        PopulationImportSummary demo = population.imports(GREATER_MANCHESTER).stream()
                .filter(i -> i.importedBy().equals("SkillsPlan")).findFirst().orElseThrow();
        assertThat(demo.districts()).isEqualTo(10);
        assertThat(demo.industries()).isEqualTo(18);
        assertThat(demo.year()).isEqualTo(2022);
    }

    private PopulationImportPreview checkAs(String user, String area) {
        signInAs(user);
        return population.check(area, SHIPPED, shipped());
    }

    static NomisFile westYorkshire() {
        return new NomisFile().place("country:England", null).place("ladu:Bradford", null).place("ladu:Calderdale", null)
                .place("ladu:Kirklees", null).place("ladu:Leeds", null).place("ladu:Wakefield", null)
                .place("ladu:Cardiff", null);
    }

    /** The total the importer should find: the district places (positions 1..districts), every industry and band. */
    static long expectedTotal(NomisFile file, int year, int districts, int industries, int bands) {
        long total = 0;
        for (int p = 1; p <= districts; p++) {
            for (int i = 0; i < industries; i++) {
                for (int b = 0; b < bands; b++) {
                    total += NomisFile.count(p, i, year, b);
                }
            }
        }
        return total;
    }

    private int countImports() {
        return jdbc.queryForObject("select count(*) from population_import", Integer.class);
    }

    private String report(PopulationImportPreview preview) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            population.writeReport(preview, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    static InputStream shipped() {
        return PopulationImportServiceTest.class.getResourceAsStream("/reference/" + SHIPPED);
    }

    private static InputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @SuppressWarnings("unused")
    private static Map<String, Long> byDistrict(List<PopulationCount> counts) {
        return counts.stream().collect(Collectors.groupingBy(PopulationCount::ladCode,
                Collectors.summingLong(PopulationCount::businesses)));
    }
}
