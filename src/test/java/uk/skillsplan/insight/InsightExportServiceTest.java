package uk.skillsplan.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

class InsightExportServiceTest extends ServiceTest {

    @Autowired
    InsightExportService exports;

    @Autowired
    InsightService insight;

    @Autowired
    ApplicationContext context;

    private MetricQuery query;

    @BeforeEach
    void theDemoRoundOfWestYorkshire() {
        SurveyTestData data = new SurveyTestData(context);
        long round = data.as("erb", () -> insight.rounds(SurveyTestData.WEST_YORKSHIRE).stream()
                .filter(r -> r.name().equals("Employer skills survey 2026")).findFirst().orElseThrow().id());
        query = MetricQuery.of("SSV_DENSITY", round, SurveyTestData.WEST_YORKSHIRE);
    }

    @Test
    void the_csv_holds_the_same_disclosure_controlled_table_as_the_screen_with_c_and_its_reason_for_hidden_figures()
            throws IOException {
        signInAs("erb");
        // By sector: in the small demo round some sectors have too few employers, so some rows are hidden.
        FigureTable table = insight.table(query, Breakdown.SIC_SECTION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.exportCsv(query, Breakdown.SIC_SECTION, out);

        byte[] bytes = out.toByteArray();
        assertThat(new String(bytes, StandardCharsets.UTF_8)).startsWith("\uFEFF");
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3,
                bytes.length - 3), StandardCharsets.UTF_8)).getRecords();
        assertThat(records.getFirst().get(0)).isEqualTo("Sector (SIC 2007 section)");
        // The base counts employers, not vacancies, even for a density over all vacancies.
        assertThat(records.getFirst().get(3)).isEqualTo("base (responding establishments, unweighted, rounded to 5)");
        assertThat(records).hasSize(table.rows().size() + 2);
        assertThat(table.rows()).anySatisfy(row -> assertThat(row.figure().suppressed()).isTrue());
        for (int i = 0; i < table.rows().size(); i++) {
            FigureRow row = table.rows().get(i);
            CSVRecord record = records.get(i + 1);
            assertThat(record.get(1)).isEqualTo(row.key());
            if (row.figure().suppressed()) {
                assertThat(record.get(2)).isEqualTo("c");
                assertThat(record.get(7)).isEqualTo(row.figure().suppression().explanation());
            } else {
                assertThat(Double.parseDouble(record.get(2))).isCloseTo(row.figure().value() * 100,
                        org.assertj.core.data.Offset.offset(0.01));
                assertThat(Integer.parseInt(record.get(3))).isEqualTo(row.figure().base());
            }
        }
        assertThat(records.getLast().get(0)).isEqualTo("All");
    }

    @Test
    void the_excel_workbook_writes_numbers_as_numbers_and_hidden_figures_as_the_text_c() throws IOException {
        signInAs("erb");
        FigureTable table = insight.table(query, Breakdown.SIC_SECTION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.exportXlsx(query, Breakdown.SIC_SECTION, out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet figures = workbook.getSheet("Figures");
            assertThat(workbook.getSheet("About")).isNotNull();
            for (int i = 0; i < table.rows().size(); i++) {
                Cell value = figures.getRow(i + 1).getCell(2);
                if (table.rows().get(i).figure().suppressed()) {
                    assertThat(value.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(value.getStringCellValue()).isEqualTo("c");
                } else {
                    assertThat(value.getCellType()).isEqualTo(CellType.NUMERIC);
                }
            }
        }
    }

    @Test
    void downloads_pass_the_same_access_check_as_the_screens() {
        signInAs("erb.gm");
        assertThatThrownBy(() -> exports.exportCsv(query, Breakdown.LOCAL_AUTHORITY, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        signInAs("employer");
        assertThatThrownBy(() -> exports.exportXlsx(query, Breakdown.LOCAL_AUTHORITY, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        GapQuery gaps = GapQuery.of(SurveyTestData.WEST_YORKSHIRE, query.rounds().getFirst(), null, null);
        assertThatThrownBy(() -> exports.exportGaps(gaps, InsightExportService.Format.XLSX, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
        signInAs("erb.gm");
        assertThatThrownBy(() -> exports.exportGaps(gaps, InsightExportService.Format.CSV, new ByteArrayOutputStream()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_weighted_download_says_so_in_its_headers_with_n_eff_and_design_effect_and_hides_the_same_cells() throws IOException {
        signInAs("erb");
        MetricQuery weighted = query.withWeighting(Weighting.WEIGHTED);
        FigureTable plain = insight.table(query, Breakdown.SIC_SECTION);
        FigureTable table = insight.table(weighted, Breakdown.SIC_SECTION);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.exportCsv(weighted, Breakdown.SIC_SECTION, out);
        List<CSVRecord> records = csv(out.toByteArray());
        assertThat(records.getFirst().get(2)).endsWith(", weighted)");
        assertThat(records.getFirst().toList()).contains("effective_sample_size", "design_effect");
        for (int i = 0; i < table.rows().size(); i++) {
            assertThat(records.get(i + 1).get(2).equals("c")).isEqualTo(plain.rows().get(i).figure().suppressed());
        }
        assertThat(InsightExportService.fileName(weighted, Breakdown.SIC_SECTION, "csv")).isEqualTo("ssv-density-by-sic-section-weighted.csv");

        ByteArrayOutputStream both = new ByteArrayOutputStream();
        exports.exportCsvSideBySide(query, Breakdown.SIC_SECTION, both);
        List<String> header = csv(both.toByteArray()).getFirst().toList();
        assertThat(header.get(2)).endsWith(", unweighted)");
        assertThat(header).anySatisfy(h -> assertThat(h).endsWith(", weighted)")).contains("interval_lower_weighted",
                "effective_sample_size", "design_effect");
    }

    private static List<CSVRecord> csv(byte[] bytes) throws IOException {
        return CSVFormat.DEFAULT.parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                StandardCharsets.UTF_8)).getRecords();
    }
}
