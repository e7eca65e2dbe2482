package uk.skillsplan.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.ServiceTest;

/** Coverage of the demo employer round of West Yorkshire against the shipped UK Business Counts file. */
class PopulationCoverageServiceTest extends ServiceTest {

    @Autowired
    PopulationCoverageService coverage;
    @Autowired
    PopulationImportService population;
    @Autowired
    InsightExportService exports;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    JdbcTemplate jdbc;

    SurveyRoundSummary round;

    @BeforeEach
    void theShippedPopulationIsTheLatestImport() {
        signInAs("erb");
        population.confirm(population.check("E69000037", "ubc.csv", PopulationImportServiceTest.shipped()), null);
        round = rounds.managedRounds().stream().filter(r -> r.audience().contains(OrganisationKind.EMPLOYER))
                .findFirst().orElseThrow();
    }

    @Test
    void the_area_has_sixteen_industries_by_four_size_bands_with_every_submitted_response_placed_once() {
        PopulationCoverage result = coverage.coverage(round.id(), null);

        assertThat(result.population().fileName()).isEqualTo("ubc.csv");
        assertThat(result.businesses()).isEqualTo(80_585);
        // 18 broad industry groups, motor trades, wholesale and retail (5-7) compared together with section G.
        assertThat(result.cells()).hasSize(16 * 4);
        assertThat(result.cells()).extracting(PopulationCoverageCell::industryKey).contains("5-7").doesNotContain("5", "6", "7");
        assertThat(result.mapping()).contains("section G is compared with groups 5-7");
        int submitted = jdbc.queryForObject("select count(*) from submitted_response where round_id = ?", Integer.class,
                round.id());
        assertThat(result.responses().value()).isEqualTo((double) (submitted - result.unclassified()));
        assertThat(result.overallRate().value()).isCloseTo(result.responses().value() / 80_585, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void counts_and_rates_are_disclosure_controlled_and_the_flag_follows_the_documented_rule() {
        PopulationCoverage result = coverage.coverage(round.id(), null);
        double overall = result.overallRate().value();

        for (PopulationCoverageCell cell : result.cells()) {
            Integer responses = jdbc.queryForObject(countSql(cell.industryKey()), Integer.class, round.id(), cell.sizeBand());
            if (responses < 5) {
                assertThat(cell.responses().suppressed()).as(cell.toString()).isTrue();
                assertThat(cell.responseRate().suppressed()).isTrue();
            }
            if (!cell.responses().suppressed()) {
                assertThat(cell.responses().value()).isEqualTo(responses.doubleValue());
                assertThat(cell.responseRate().value()).isCloseTo((double) responses / cell.businesses(),
                        org.assertj.core.data.Offset.offset(1e-9));
            }
            assertThat(cell.underRepresented()).as(cell.industryLabel() + " " + cell.sizeBand())
                    .isEqualTo(cell.businesses() >= 10 && (double) responses / cell.businesses() < 0.5 * overall);
        }
        assertThat(result.cells()).anyMatch(PopulationCoverageCell::underRepresented);
        assertThat(result.cells()).anyMatch(c -> c.responses().suppressed());
    }

    @Test
    void a_local_authority_shows_its_own_businesses_and_responses() {
        PopulationCoverage leeds = coverage.coverage(round.id(), "E08000035");

        assertThat(leeds.ladCode()).isEqualTo("E08000035");
        long expected = population.counts(leeds.population().id()).stream().filter(c -> c.ladCode().equals("E08000035"))
                .mapToLong(PopulationCount::businesses).sum();
        assertThat(leeds.businesses()).isEqualTo(expected);
        int submitted = jdbc.queryForObject("select count(*) from submitted_response where round_id = ? and lad_code = ?",
                Integer.class, round.id(), "E08000035");
        assertThat(leeds.responses().suppressed() ? 0 : leeds.responses().value() + leeds.unclassified())
                .isEqualTo(submitted < 5 ? 0 : (double) submitted);
    }

    @Test
    void only_the_rounds_erb_lead_and_administrators_see_its_coverage() {
        signInAs("erb.gm");
        assertThatThrownBy(() -> coverage.coverage(round.id(), null)).isInstanceOf(AccessDeniedException.class);
        signInAs("council");
        assertThatThrownBy(() -> coverage.coverage(round.id(), null)).isInstanceOf(AccessDeniedException.class);
        signInAs("admin");
        assertThat(coverage.coverage(round.id(), null).cells()).isNotEmpty();
    }

    @Test
    void the_coverage_table_downloads_cell_by_cell_as_on_screen_and_only_for_those_who_see_it() throws Exception {
        PopulationCoverage result = coverage.coverage(round.id(), null);
        var out = new java.io.ByteArrayOutputStream();
        exports.exportCoverage(round.id(), null, InsightExportService.Format.XLSX, out);

        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            var sheet = workbook.getSheet("Figures");
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("responses");
            assertThat(sheet.getLastRowNum()).isEqualTo(result.cells().size() + 1);
            for (int i = 0; i < result.cells().size(); i++) {
                PopulationCoverageCell cell = result.cells().get(i);
                var row = sheet.getRow(i + 1);
                assertThat(row.getCell(3).getNumericCellValue()).isEqualTo((double) cell.businesses());
                if (cell.responses().suppressed()) {
                    assertThat(row.getCell(4).getStringCellValue()).isEqualTo("c");
                    assertThat(row.getCell(5).getStringCellValue()).isEqualTo("c");
                } else {
                    assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(cell.responses().value());
                }
                assertThat(row.getCell(6).getStringCellValue()).isEqualTo(cell.underRepresented() ? "yes" : "no");
            }
            assertThat(result.cells()).anySatisfy(c -> assertThat(c.responses().suppressed()).isTrue());
            assertThat(workbook.getSheet("About").getRow(5).getCell(1).getStringCellValue()).contains("section G");
        }
        signInAs("council");
        assertThatThrownBy(() -> exports.exportCoverage(round.id(), null, InsightExportService.Format.CSV,
                new java.io.ByteArrayOutputStream())).isInstanceOf(AccessDeniedException.class);
    }

    /** The cell's responses counted independently: SIC sections of the cell's broad industry group. */
    private static String countSql(String industry) {
        List<String> sections = switch (industry) {
            case "1" -> List.of("A");
            case "2" -> List.of("B", "D", "E");
            case "3" -> List.of("C");
            case "4" -> List.of("F");
            case "5-7" -> List.of("G");
            case "8" -> List.of("H");
            case "9" -> List.of("I");
            case "10" -> List.of("J");
            case "11" -> List.of("K");
            case "12" -> List.of("L");
            case "13" -> List.of("M");
            case "14" -> List.of("N");
            case "15" -> List.of("O");
            case "16" -> List.of("P");
            case "17" -> List.of("Q");
            default -> List.of("R", "S", "T", "U");
        };
        return "select count(*) from submitted_response where round_id = ? and size_band = ? and sic_section in ('"
                + String.join("','", sections) + "')";
    }
}
