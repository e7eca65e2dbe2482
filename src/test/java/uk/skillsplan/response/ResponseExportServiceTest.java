package uk.skillsplan.response;

import uk.skillsplan.response.answering.OptionCatalogue;
import uk.skillsplan.response.transfer.ResponseColumns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.survey.QuestionDefinition;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.ServiceTest;

class ResponseExportServiceTest extends ServiceTest {

    @Autowired
    ResponseExportService export;
    @Autowired
    ResponseService responses;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    QuestionnaireService questionnaires;
    @Autowired
    OrganisationService organisations;
    @Autowired
    OptionCatalogue options;
    @Autowired
    JdbcTemplate jdbc;

    ResponseFileFixture fixture;
    SurveyRoundSummary round;
    OrganisationSummary answered;

    @BeforeEach
    void aRoundWithOneSubmittedResponseAndOneDraft() {
        fixture = new ResponseFileFixture(rounds, questionnaires, organisations, responses, jdbc);
        signInAs("erb");
        round = fixture.employerRound();
        answered = fixture.employer();
        Map<String, List<Cell>> answers = new LinkedHashMap<>(ResponseFileFixture.requiredAnswers());
        answers.put("SSV_CAUSES", List.of(Cell.choice("LACK_SKILLS"), Cell.other("Remote site")));
        answers.put("WORKFORCE", List.of(Cell.grid("3", "VACANCIES", 4), Cell.grid("3", "HEADCOUNT", 10)));
        answers.put("TRAINING_ANY", List.of(Cell.option("YES")));
        answers.put("TRAINING_DAYS", List.of(Cell.number(new java.math.BigDecimal("12.5"))));
        answers.put("COMMENTS", List.of(Cell.text("=HYPERLINK(\"http://example.com\")")));
        fixture.submitOnBehalf(round.id(), answered.id(), answers);
        long draft = responses.startOnBehalf(round.id(), fixture.employer().id()).id();
        responses.save(draft, Map.of("EMP_TOTAL", List.of(Cell.number(7))));
    }

    @Test
    void csv_has_the_layout_header_and_one_row_per_submitted_response() throws IOException {
        List<CSVRecord> records = csv(out -> export.exportCsv(round.id(), out));

        assertThat(records.getFirst().toList()).isEqualTo(layout().header());
        assertThat(records).hasSize(2);
        Map<String, String> row = asMap(records.getFirst(), records.get(1));
        assertThat(row).containsEntry("organisation_id", String.valueOf(answered.id()))
                .containsEntry("organisation_name", answered.name())
                .containsEntry("companies_house_number", answered.companiesHouseNumber())
                .containsEntry("local_authority_code", ResponseFileFixture.LEEDS)
                .containsEntry("collection_mode", "ON_BEHALF")
                .containsEntry("SIZE_BAND", "small")
                .containsEntry("EMP_TOTAL", "25")
                .containsEntry("HAS_VACANCIES", "YES")
                .containsEntry("TRAINING_DAYS", "12.5")
                .containsEntry("SSV_CAUSES.LACK_SKILLS", "1")
                .containsEntry("SSV_CAUSES.COMPETITION", "0")
                .containsEntry("SSV_CAUSES.OTHER", "Remote site")
                .containsEntry("SKILLS_LACKING.GREEN", "")
                .containsEntry("WORKFORCE.3.VACANCIES", "4")
                .containsEntry("WORKFORCE.1.VACANCIES", "")
                .containsEntry("TRAINED_TOTAL", "");
        assertThat(row.get("response_reference")).startsWith("SP-" + round.id() + "-");
        assertThat(row.get("submitted_at")).isNotBlank();
    }

    @Test
    void csv_text_that_a_spreadsheet_would_run_as_a_formula_is_kept_as_text() throws IOException {
        List<CSVRecord> records = csv(out -> export.exportCsv(round.id(), out));

        assertThat(asMap(records.getFirst(), records.get(1)).get("COMMENTS"))
                .isEqualTo("'=HYPERLINK(\"http://example.com\")");
    }

    @Test
    void drafts_and_unsubmitted_changes_are_not_exported() throws IOException {
        long responseId = responses.startOnBehalf(round.id(), answered.id()).id();
        responses.save(responseId, Map.of("EMP_TOTAL", List.of(Cell.number(99))));

        List<CSVRecord> records = csv(out -> export.exportCsv(round.id(), out));

        assertThat(records).hasSize(2);
        assertThat(asMap(records.getFirst(), records.get(1))).containsEntry("EMP_TOTAL", "25");
    }

    @Test
    void a_deactivated_organisations_response_is_left_out_and_the_codebook_says_so() throws IOException {
        organisations.setActive(answered.id(), false);

        List<CSVRecord> records = csv(out -> export.exportCsv(round.id(), out));
        List<CSVRecord> codebook = csv(out -> export.exportCodebookCsv(round.id(), out));

        assertThat(records).hasSize(1);
        assertThat(asMap(codebook.getFirst(), codebook.stream().filter(r -> r.get(0).equals("organisation_id")).findFirst()
                .orElseThrow()).get("question")).contains("responses of deactivated organisations are left out");
    }

    @Test
    void xlsx_has_the_responses_sheet_then_the_codebook_sheet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.exportXlsx(round.id(), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("Responses");
            assertThat(workbook.getSheetName(1)).isEqualTo("Codebook");
            Sheet sheet = workbook.getSheet("Responses");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            List<String> header = layout().header();
            Row row = sheet.getRow(1);
            assertThat(row.getCell(header.indexOf("EMP_TOTAL")).getNumericCellValue()).isEqualTo(25.0);
            assertThat(row.getCell(header.indexOf("HAS_VACANCIES")).getStringCellValue()).isEqualTo("YES");
            assertThat(row.getCell(header.indexOf("organisation_name")).getStringCellValue()).isEqualTo(answered.name());
            assertThat(workbook.getSheet("Codebook").getLastRowNum()).isEqualTo(header.size());
        }
    }

    @Test
    void codebook_describes_every_column_and_lists_every_question() throws IOException {
        List<CSVRecord> records = csv(out -> export.exportCodebookCsv(round.id(), out));

        assertThat(records.getFirst().toList()).containsExactly("column", "question_code", "section", "question", "type",
                "options", "unit", "min", "max");
        assertThat(records.stream().skip(1).map(r -> r.get(0)).toList()).isEqualTo(layout().header());
        Set<String> questionCodes = records.stream().skip(1).map(r -> r.get(1)).collect(Collectors.toSet());
        assertThat(questionCodes).containsAll(questionnaires.definition(round.questionnaireVersionId()).questions()
                .map(QuestionDefinition::code).toList());
        Map<String, String> empTotal = asMap(records.getFirst(), records.stream()
                .filter(r -> r.get(0).equals("EMP_TOTAL")).findFirst().orElseThrow());
        assertThat(empTotal).containsEntry("type", "INTEGER").containsEntry("unit", "people")
                .containsEntry("min", "0").containsEntry("max", "100000");
        Map<String, String> hasVacancies = asMap(records.getFirst(), records.stream()
                .filter(r -> r.get(0).equals("HAS_VACANCIES")).findFirst().orElseThrow());
        assertThat(hasVacancies.get("options")).isEqualTo("YES=Yes; NO=No");
    }

    @Test
    void people_outside_the_rounds_erb_may_not_export() {
        for (String account : List.of("employer", "provider", "council", "erb.gm")) {
            signInAs(account);
            assertThatThrownBy(() -> export.exportCsv(round.id(), new ByteArrayOutputStream()))
                    .as(account).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> export.exportXlsx(round.id(), new ByteArrayOutputStream()))
                    .as(account).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> export.exportCodebookCsv(round.id(), new ByteArrayOutputStream()))
                    .as(account).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void an_administrator_may_export_any_round() throws IOException {
        signInAs("admin");

        assertThat(csv(out -> export.exportCsv(round.id(), out))).hasSize(2);
    }

    private ResponseColumns layout() {
        return ResponseColumns.of(questionnaires.definition(round.questionnaireVersionId()), options, round.lsipCode());
    }

    interface Export {
        void to(ByteArrayOutputStream out) throws IOException;
    }

    /** Runs an export and reads it back, checking that it starts with the UTF-8 byte order mark. */
    static List<CSVRecord> csv(Export export) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.to(out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(1)), CSVFormat.DEFAULT)) {
            return parser.getRecords();
        }
    }

    static Map<String, String> asMap(CSVRecord header, CSVRecord row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            values.put(header.get(i), row.get(i));
        }
        return values;
    }
}
