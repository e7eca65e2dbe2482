package uk.skillsplan.response;

import uk.skillsplan.response.transfer.ResponseColumns;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.skillsplan.response.TestFiles.csv;
import static uk.skillsplan.response.TestFiles.xlsx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.survey.NewRound;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.ServiceTest;

class ResponseImportServiceTest extends ServiceTest {

    @Autowired
    ResponseImportService imports;
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
    JdbcTemplate jdbc;

    ResponseFileFixture fixture;
    SurveyRoundSummary round;
    OrganisationSummary first;
    OrganisationSummary second;

    @BeforeEach
    void aFreshRoundAndTwoEmployers() {
        fixture = new ResponseFileFixture(rounds, questionnaires, organisations, responses, jdbc);
        signInAs("erb");
        round = fixture.employerRound();
        first = fixture.employer();
        second = fixture.employer();
    }

    @Test
    void a_valid_file_imports_every_row_marked_as_imported() throws IOException {
        Map<String, String> byId = ResponseFileFixture.requiredRow(first.id());
        byId.put("SSV_CAUSES.LACK_SKILLS", "1");
        byId.put("SSV_CAUSES.COMPETITION", "0");
        byId.put("SSV_CAUSES.OTHER", "'=remote site");
        byId.put("WORKFORCE.3.HEADCOUNT", "10");
        byId.put("WORKFORCE.3.VACANCIES", "4");
        byId.put("FUTURE_OCCUPATIONS", "6135; 5241");
        byId.put("HAS_VACANCIES", "yes");
        Map<String, String> byCompaniesHouseNumber = ResponseFileFixture.requiredRow(second.id());
        byCompaniesHouseNumber.put(ResponseColumns.ORGANISATION_ID, "");
        byCompaniesHouseNumber.put(ResponseColumns.COMPANIES_HOUSE_NUMBER, second.companiesHouseNumber());

        ImportResult result = imports.importFile(round.id(), "responses.csv", stream(csv(byId, byCompaniesHouseNumber)));

        assertThat(result.errors()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.imported()).isEqualTo(2);
        assertThat(result.summary()).isEqualTo("Imported 2 responses from responses.csv.");
        assertThat(jdbc.queryForList("select collection_mode || '/' || status || '/' || submitted_revision from response "
                + "where round_id = ?", String.class, round.id())).containsExactly("IMPORTED/SUBMITTED/1", "IMPORTED/SUBMITTED/1");
        Map<String, String> exported = exportedRowOf(first.id());
        assertThat(exported).containsEntry("collection_mode", "IMPORTED").containsEntry("EMP_TOTAL", "25")
                .containsEntry("HAS_VACANCIES", "YES").containsEntry("SSV_CAUSES.LACK_SKILLS", "1")
                .containsEntry("SSV_CAUSES.COMPETITION", "0").containsEntry("SSV_CAUSES.OTHER", "'=remote site")
                .containsEntry("WORKFORCE.3.VACANCIES", "4").containsEntry("FUTURE_OCCUPATIONS", "5241;6135");
        assertThat(exportedRowOf(second.id())).containsEntry("SIZE_BAND", "small");
    }

    @Test
    void importing_again_replaces_an_earlier_import_with_a_new_revision() {
        imports.importFile(round.id(), "first.csv", stream(csv(ResponseFileFixture.requiredRow(first.id()))));
        Map<String, String> corrected = ResponseFileFixture.requiredRow(first.id());
        corrected.put("EMP_TOTAL", "30");

        ImportResult result = imports.importFile(round.id(), "corrected.csv", stream(csv(corrected)));

        assertThat(result.imported()).isEqualTo(1);
        assertThat(jdbc.queryForObject("select submitted_revision from response where round_id = ?", Integer.class,
                round.id())).isEqualTo(2);
        assertThat(exportedRowOf(first.id())).containsEntry("EMP_TOTAL", "30");
    }

    @Test
    void importing_again_over_imported_answers_changed_since_and_not_submitted_refuses_the_row_and_keeps_the_changes() {
        imports.importFile(round.id(), "first.csv", stream(csv(ResponseFileFixture.requiredRow(first.id()))));
        long responseId = jdbc.queryForObject("select id from response where round_id = ? and organisation_id = ?",
                Long.class, round.id(), first.id());
        responses.save(responseId, Map.of("EMP_TOTAL", List.of(Cell.number(31))));
        Map<String, String> corrected = ResponseFileFixture.requiredRow(first.id());
        corrected.put("EMP_TOTAL", "30");

        ImportError error = refused("corrected.csv", csv(corrected));

        assertThat(error.column()).isEqualTo("organisation_id");
        assertThat(error.reason()).contains("imported answers were changed by Sam Whitaker and the changes are not "
                + "submitted yet; an import would overwrite them");
        assertThat(responses.open(responseId).answers().number("EMP_TOTAL"))
                .hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("31"));
    }

    @Test
    void an_exported_csv_or_xlsx_file_imports_back_unchanged() throws IOException {
        Map<String, String> row = ResponseFileFixture.requiredRow(first.id());
        row.put("SSV_CAUSES.LACK_SKILLS", "1");
        row.put("SSV_CAUSES.OTHER", "-remote site, \"rural\"");
        row.put("WORKFORCE.3.HEADCOUNT", "10");
        row.put("TRAINING_ANY", "YES");
        row.put("TRAINING_DAYS", "12.5");
        row.put("FUTURE_OCCUPATIONS", "5241;6135");
        row.put("COMMENTS", "Café staff need barista training");
        imports.importFile(round.id(), "original.csv", stream(csv(row)));
        Map<String, String> original = withoutSubmission(exportedRowOf(first.id()));

        ByteArrayOutputStream csvExport = new ByteArrayOutputStream();
        export.exportCsv(round.id(), csvExport);
        assertThat(imports.importFile(round.id(), "export.csv", stream(csvExport.toByteArray())).imported()).isEqualTo(1);
        assertThat(withoutSubmission(exportedRowOf(first.id()))).isEqualTo(original);

        ByteArrayOutputStream xlsxExport = new ByteArrayOutputStream();
        export.exportXlsx(round.id(), xlsxExport);
        assertThat(imports.importFile(round.id(), "export.xlsx", stream(xlsxExport.toByteArray())).imported()).isEqualTo(1);
        assertThat(withoutSubmission(exportedRowOf(first.id()))).isEqualTo(original);
        assertThat(original).containsEntry("TRAINING_DAYS", "12.5").containsEntry("SSV_CAUSES.OTHER", "'-remote site, \"rural\"");
    }

    @Test
    void answers_entered_on_an_organisations_behalf_are_never_replaced() {
        fixture.submitOnBehalf(round.id(), first.id(), ResponseFileFixture.requiredAnswers());

        ImportError error = refused("responses.csv", csv(ResponseFileFixture.requiredRow(first.id())));

        assertThat(error.row()).isEqualTo(2);
        assertThat(error.column()).isEqualTo("organisation_id");
        assertThat(error.reason()).contains("already has answers entered on its behalf");
    }

    @Test
    void a_negative_number_is_refused_and_nothing_is_imported() {
        ImportError error = refusedInSecondRow("EMP_TOTAL", "-5");

        assertThat(error.value()).isEqualTo("-5");
        assertThat(error.reason()).contains("from 0 to 100000");
    }

    @Test
    void a_value_that_is_not_a_number_is_refused() {
        assertThat(refusedInSecondRow("EMP_TOTAL", "twenty").reason()).contains("\"twenty\" is not a number");
    }

    @Test
    void text_over_the_limit_is_refused() {
        ImportError error = refusedInSecondRow("COMMENTS", "x".repeat(2001));

        assertThat(error.reason()).contains("Keep this to 2000 characters (it has 2001)");
        assertThat(error.value()).hasSize(103).endsWith("...");
    }

    @Test
    void an_option_not_offered_is_refused() {
        assertThat(refusedInSecondRow("SIZE_BAND", "enormous").reason()).contains("\"enormous\" is not one of the answers offered");
    }

    @Test
    void a_local_authority_outside_the_rounds_area_is_not_offered() {
        assertThat(refusedInSecondRow("LOCAL_AUTHORITY", "E08000003").reason()).contains("not one of the answers offered");
    }

    @Test
    void a_multiple_choice_column_takes_1_or_0() {
        assertThat(refusedInSecondRow("SSV_CAUSES.LACK_SKILLS", "yes").reason()).contains("Use 1");
    }

    @Test
    void more_hard_to_fill_vacancies_than_vacancies_breaks_the_cross_field_rule() {
        Map<String, String> bad = ResponseFileFixture.requiredRow(second.id());
        bad.put("VAC_TOTAL", "2");
        bad.put("VAC_HTF", "5");

        ImportError error = refused("responses.csv", csv(ResponseFileFixture.requiredRow(first.id()), bad));

        assertThat(error.row()).isEqualTo(3);
        assertThat(error.column()).isEqualTo("VAC_HTF");
        assertThat(error.value()).isEqualTo("5");
        assertThat(error.reason()).contains("more hard-to-fill vacancies than vacancies in total");
    }

    @Test
    void an_answer_to_a_hidden_question_is_refused() {
        Map<String, String> bad = ResponseFileFixture.requiredRow(second.id());
        bad.put("HAS_VACANCIES", "NO");

        ImportResult result = refusedResult("responses.csv", csv(ResponseFileFixture.requiredRow(first.id()), bad));

        assertThat(result.errors()).extracting(ImportError::column).containsExactly("VAC_TOTAL", "VAC_HTF", "VAC_SSV");
        assertThat(result.errors()).allSatisfy(e -> assertThat(e.reason()).contains("does not apply"));
    }

    @Test
    void a_missing_required_answer_is_refused() {
        ImportError error = refusedInSecondRow("CONSENT_CONTACT", "");

        assertThat(error.column()).isEqualTo("CONSENT_CONTACT");
        assertThat(error.reason()).startsWith("Answer this question");
    }

    @Test
    void an_unknown_organisation_is_refused() {
        ImportError error = refusedInSecondRow(ResponseColumns.ORGANISATION_ID, "987654321");

        assertThat(error.column()).isEqualTo("organisation_id");
        assertThat(error.reason()).contains("no organisation with id 987654321 in this round's area");
    }

    @Test
    void an_organisation_of_another_area_is_refused() {
        String manchester = String.valueOf(fixture.organisationIdNamed("Ancoats Software Co-operative"));

        assertThat(refusedInSecondRow(ResponseColumns.ORGANISATION_ID, manchester).reason())
                .contains("no organisation with id " + manchester + " in this round's area");
    }

    @Test
    void an_organisation_of_a_kind_the_round_does_not_ask_is_refused() {
        String college = String.valueOf(fixture.organisationIdNamed("Aire Valley College"));

        assertThat(refusedInSecondRow(ResponseColumns.ORGANISATION_ID, college).reason())
                .contains("Aire Valley College is a college or training provider, but this round asks only: employer");
    }

    @Test
    void the_same_organisation_twice_is_refused() {
        ImportError error = refused("responses.csv", csv(ResponseFileFixture.requiredRow(first.id()),
                ResponseFileFixture.requiredRow(first.id())));

        assertThat(error.row()).isEqualTo(3);
        assertThat(error.reason()).contains("is also in row 2");
    }

    @Test
    void a_file_without_an_organisation_identifier_column_is_refused() {
        Map<String, String> row = ResponseFileFixture.requiredRow(first.id());
        row.remove(ResponseColumns.ORGANISATION_ID);

        ImportError error = refused("responses.csv", csv(row));

        assertThat(error.row()).isEqualTo(1);
        assertThat(error.reason()).contains("needs an organisation_id or companies_house_number column");
    }

    @Test
    void an_unknown_column_is_refused_by_name() {
        Map<String, String> row = ResponseFileFixture.requiredRow(first.id());
        row.put("EMP_TOTALS", "3");

        ImportError error = refused("responses.csv", csv(row));

        assertThat(error.row()).isEqualTo(1);
        assertThat(error.column()).isEqualTo("EMP_TOTALS");
        assertThat(error.reason()).contains("no column EMP_TOTALS");
    }

    @Test
    void a_missing_column_for_a_required_question_is_refused() {
        Map<String, String> row = ResponseFileFixture.requiredRow(first.id());
        row.remove("CONSENT_CONTACT");

        ImportError error = refused("responses.csv", csv(row));

        assertThat(error.row()).isEqualTo(1);
        assertThat(error.column()).isEqualTo("CONSENT_CONTACT");
        assertThat(error.reason()).contains("has no column for CONSENT_CONTACT");
    }

    @Test
    void a_column_named_twice_is_refused() {
        String file = "organisation_id,EMP_TOTAL,EMP_TOTAL\n" + first.id() + ",3,4\n";

        ImportResult result = refusedResult("responses.csv", file.getBytes(StandardCharsets.UTF_8));

        assertThat(result.errors()).anySatisfy(e -> {
            assertThat(e.column()).isEqualTo("EMP_TOTAL");
            assertThat(e.reason()).contains("appears more than once");
        });
    }

    @Test
    void a_file_that_is_not_utf8_is_refused() {
        Map<String, String> row = ResponseFileFixture.requiredRow(first.id());
        row.put("COMMENTS", "Café staff need barista training");
        byte[] latin1 = new String(csv(row), StandardCharsets.UTF_8).getBytes(StandardCharsets.ISO_8859_1);

        ImportError error = refused("responses.csv", latin1);

        assertThat(error.row()).isZero();
        assertThat(error.reason()).startsWith("The file is not UTF-8");
    }

    @Test
    void a_file_larger_than_the_limit_is_refused_without_reading_it_all() {
        ImportError error = refused("responses.csv", new TestFiles.EndlessLines(
                "organisation_id,EMP_TOTAL\n", 9L * 1024 * 1024));

        assertThat(error.reason()).startsWith("The file is larger than 8 MB");
    }

    @Test
    void a_file_that_is_neither_csv_nor_xlsx_is_refused() {
        ImportError error = refused("responses.txt", csv(ResponseFileFixture.requiredRow(first.id())));

        assertThat(error.reason()).startsWith("Upload a .csv or .xlsx file");
    }

    @Test
    void an_empty_file_is_refused() {
        assertThat(refused("responses.csv", new byte[0]).reason()).startsWith("The file is empty");
    }

    @Test
    void the_error_report_lists_row_column_value_and_reason() throws IOException {
        ImportResult result = refusedResult("responses.csv", csv(ResponseFileFixture.requiredRow(first.id()),
                withValue(ResponseFileFixture.requiredRow(second.id()), "EMP_TOTAL", "=-5")));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        imports.writeErrorReport(result, out);

        List<CSVRecord> report = ResponseExportServiceTest.csv(o -> o.write(out.toByteArray()));
        assertThat(report.getFirst().toList()).containsExactly("row", "column", "value", "reason");
        assertThat(report.get(1).toList()).containsExactly("3", "EMP_TOTAL", "'=-5", result.errors().getFirst().reason());
    }

    @Test
    void only_the_rounds_erb_lead_or_an_administrator_may_import() {
        List<Long> before = fixture.counts();
        for (String account : List.of("employer", "council", "erb.gm")) {
            signInAs(account);
            assertThatThrownBy(() -> imports.importFile(round.id(), "responses.csv",
                    stream(csv(ResponseFileFixture.requiredRow(first.id()))))).as(account).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fixture.counts()).isEqualTo(before);
    }

    @Test
    void a_round_that_has_not_opened_takes_no_import() {
        long versionId = round.questionnaireVersionId();
        SurveyRoundSummary later = rounds.open(new NewRound("Later " + round.title(), versionId,
                Set.of(OrganisationKind.EMPLOYER), rounds.today().plusDays(5), rounds.today().plusDays(30)));

        assertThatThrownBy(() -> imports.importFile(later.id(), "responses.csv",
                stream(csv(ResponseFileFixture.requiredRow(first.id()))))).isInstanceOf(ValidationException.class)
                .hasMessageContaining("opens on");
    }

    @Test
    void a_valid_workbook_imports_with_numbers_read_as_typed() throws IOException {
        Map<String, String> row = ResponseFileFixture.requiredRow(first.id());
        row.put("EMP_TOTAL", "1200");

        ImportResult result = imports.importFile(round.id(), "Responses.XLSX", stream(xlsx(row)));

        assertThat(result.errors()).isEmpty();
        assertThat(result.imported()).isEqualTo(1);
        assertThat(exportedRowOf(first.id())).containsEntry("EMP_TOTAL", "1200").containsEntry("collection_mode", "IMPORTED");
    }

    @Test
    void a_bad_value_in_a_workbook_is_refused_at_its_row_and_column() throws IOException {
        ImportError error = refused("responses.xlsx", xlsx(ResponseFileFixture.requiredRow(first.id()),
                withValue(ResponseFileFixture.requiredRow(second.id()), "EMP_TOTAL", "-3")));

        assertThat(error.row()).isEqualTo(3);
        assertThat(error.column()).isEqualTo("EMP_TOTAL");
        assertThat(error.value()).isEqualTo("-3");
        assertThat(error.reason()).contains("from 0 to 100000");
    }

    @Test
    void a_file_named_xlsx_that_is_not_a_workbook_is_refused() {
        ImportError error = refused("responses.xlsx", csv(ResponseFileFixture.requiredRow(first.id())));

        assertThat(error.reason()).startsWith("The file could not be read as an Excel workbook");
    }

    // --- hostile and oversized files: each refused whole, with nothing written, at its row and column where known

    @Test
    void a_csv_file_with_one_50_mb_line_is_refused_without_reading_it_all() {
        HostileFiles.Generated file = HostileFiles.csv("organisation_id,COMMENTS\n" + first.id() + ",", "x", 50_000_000, "\n");

        ImportError error = refused("responses.csv", file);

        assertThat(error.row()).isEqualTo(2);
        assertThat(error.reason()).startsWith("Line 2 of the file is longer than 1,000,000 characters");
        assertThat(file.position()).as("bytes read of the 50 MB upload").isLessThan(2_000_000);
    }

    @Test
    void a_file_of_a_million_tiny_rows_is_refused_after_the_most_rows_an_import_takes() {
        HostileFiles.Generated file = HostileFiles.csv("organisation_id,EMP_TOTAL\n", ",1\n", 1_000_000, "");

        ImportError error = refused("responses.csv", file);

        assertThat(error.row()).isEqualTo(20_002);
        assertThat(error.reason()).startsWith("The file has more than 20,000 rows of responses");
        assertThat(file.position()).as("bytes read of the %d-byte upload", file.size()).isLessThan(100_000);
    }

    @Test
    void a_header_wider_than_an_import_takes_is_refused() {
        String header = "organisation_id," + String.join(",", java.util.stream.IntStream.range(0, 600)
                .mapToObj(i -> "C" + i).toList());

        ImportError error = refused("responses.csv", (header + "\n" + first.id() + "\n").getBytes(StandardCharsets.UTF_8));

        assertThat(error.row()).isEqualTo(1);
        assertThat(error.reason()).startsWith("The header row names 601 columns; an import takes at most 500");
    }

    @Test
    void a_value_far_beyond_the_headers_last_column_is_refused_at_its_cell() {
        String line = first.id() + ",25" + ",".repeat(20) + "x";

        ImportError error = refused("responses.csv", ("organisation_id,EMP_TOTAL\n" + line + "\n")
                .getBytes(StandardCharsets.UTF_8));

        assertThat(error.row()).isEqualTo(2);
        assertThat(error.column()).isEqualTo("V");
        assertThat(error.reason()).startsWith("Cell V2 has a value far beyond the last column the header row names (B)");
    }

    @Test
    void a_workbook_cell_beyond_xfd1048576_is_refused() throws IOException {
        Map<String, String> row = ResponseFileFixture.requiredRow(first.id());
        List<String> header = List.copyOf(row.keySet());

        ImportError farRight = refused("responses.xlsx", HostileFiles.xlsx(row, Map.of(HostileFiles.SHEET,
                HostileFiles.sheet(header, out -> out.write("<row r=\"2\">" + HostileFiles.inlineCell("ZZZZ2000000", "x")
                        + "</row>")))));
        ImportError farDown = refused("responses.xlsx", HostileFiles.xlsx(row, Map.of(HostileFiles.SHEET,
                HostileFiles.sheet(header, out -> out.write("<row r=\"2000000\">" + HostileFiles.inlineCell("A2000000", "x")
                        + "</row>")))));
        ImportError lastColumn = refused("responses.xlsx", HostileFiles.xlsx(row, Map.of(HostileFiles.SHEET,
                HostileFiles.sheet(header, out -> out.write("<row r=\"2\">" + HostileFiles.inlineCell("XFD2", "x")
                        + "</row>")))));

        assertThat(farRight.row()).isEqualTo(2);
        assertThat(farRight.reason()).startsWith("The sheet has a cell at ZZZZ2000000, outside the largest sheet Excel can "
                + "make (its last cell is XFD1048576)");
        assertThat(farDown.reason()).startsWith("The sheet has a row numbered 2000000, beyond the last row Excel allows");
        assertThat(lastColumn.row()).isEqualTo(2);
        assertThat(lastColumn.column()).isEqualTo("XFD");
        assertThat(lastColumn.reason()).startsWith("Cell XFD2 is in column XFD, beyond the 500 columns an import takes");
    }

    @Test
    void a_workbook_whose_shared_strings_inflate_to_hundreds_of_megabytes_is_refused() throws IOException {
        Map<String, String> row = ResponseFileFixture.requiredRow(first.id());
        HostileFiles.Part inlineSheet = HostileFiles.sheet(List.copyOf(row.keySet()), out -> { });
        // 300 MB of one letter: under 2 MB zipped.
        byte[] bomb = HostileFiles.xlsx(row, Map.of(HostileFiles.SHEET, inlineSheet,
                HostileFiles.SHARED_STRINGS, HostileFiles.sharedStrings(300_000, 1_000, new java.util.Random(1), "a")));
        // 17 million characters that zip only about 6 to 1, so that POI's ratio check lets them through.
        byte[] text = HostileFiles.xlsx(row, Map.of(HostileFiles.SHEET, inlineSheet,
                HostileFiles.SHARED_STRINGS, HostileFiles.sharedStrings(570, 30_000, new java.util.Random(2), "ab")));
        assertThat(bomb.length).isLessThan(4_000_000);
        assertThat(text.length).isLessThan(8 * 1024 * 1024);

        assertThat(refused("responses.xlsx", bomb).reason()).startsWith("The workbook expands to more than 256 MB when "
                + "unzipped");
        assertThat(refused("responses.xlsx", text).reason()).startsWith("The workbook's text adds up to more than "
                + "16,000,000 characters");
    }

    @Test
    void a_workbook_cell_with_megabytes_of_text_is_refused_at_its_cell() throws IOException {
        Map<String, String> row = ResponseFileFixture.requiredRow(first.id());
        String huge = HostileFiles.randomText(2_000_000, 3);
        byte[] inline = HostileFiles.xlsx(row, Map.of(HostileFiles.SHEET, HostileFiles.sheet(List.copyOf(row.keySet()),
                out -> out.write("<row r=\"2\">" + HostileFiles.inlineCell("A2", String.valueOf(first.id()))
                        + HostileFiles.inlineCell("B2", huge) + "</row>"))));
        Map<String, String> shared = ResponseFileFixture.requiredRow(first.id());
        shared.put("COMMENTS", "PLACEHOLDER");

        ImportError inlineError = refused("responses.xlsx", inline);
        ImportError sharedError = refused("responses.xlsx", HostileFiles.withSharedText(shared, "PLACEHOLDER",
                HostileFiles.randomText(40_000, 4)));

        assertThat(inlineError.row()).isEqualTo(2);
        assertThat(inlineError.column()).isEqualTo("B");
        assertThat(inlineError.reason()).startsWith("Cell B2 holds more than 32,767 characters");
        assertThat(sharedError.row()).isEqualTo(2);
        assertThat(sharedError.column()).isEqualTo("L");
        assertThat(sharedError.reason()).startsWith("Cell L2 holds more than 32,767 characters");
    }

    @Test
    void a_workbook_with_a_formula_cell_is_refused_at_the_formula() throws IOException {
        ImportError error = refused("responses.xlsx", HostileFiles.withFormula(ResponseFileFixture.requiredRow(first.id()),
                "20+5"));

        assertThat(error.row()).isEqualTo(2);
        assertThat(error.column()).isEqualTo("E");
        assertThat(error.reason()).startsWith("Cell E2 holds a formula. An import takes typed values only");
    }

    @Test
    void the_error_report_protects_a_hostile_column_name_against_formula_injection() throws IOException {
        Map<String, String> row = ResponseFileFixture.requiredRow(first.id());
        row.put("=HYPERLINK(\"https://example.com\",\"x\")", "1");
        ImportResult result = refusedResult("responses.csv", csv(row));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        imports.writeErrorReport(result, out);

        List<CSVRecord> report = ResponseExportServiceTest.csv(o -> o.write(out.toByteArray()));
        assertThat(report.get(1).get(1)).isEqualTo("'=HYPERLINK(\"https://example.com\",\"x\")");
        assertThat(report.get(1).get(2)).isEqualTo("'=HYPERLINK(\"https://example.com\",\"x\")");
        assertThat(report.subList(1, report.size())).allSatisfy(record -> record.forEach(field ->
                assertThat(field).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")));
    }

    // --- helpers

    /** A valid row for the first employer, then the second employer's row with one value changed. */
    private ImportError refusedInSecondRow(String column, String value) {
        ImportError error = refused("responses.csv", csv(ResponseFileFixture.requiredRow(first.id()),
                withValue(ResponseFileFixture.requiredRow(second.id()), column, value)));
        assertThat(error.row()).isEqualTo(3);
        assertThat(error.column()).isEqualTo(column);
        return error;
    }

    private ImportError refused(String fileName, byte[] content) {
        return refused(fileName, new ByteArrayInputStream(content));
    }

    private ImportError refused(String fileName, InputStream content) {
        ImportResult result = refusedResult(fileName, content);
        assertThat(result.errors()).hasSize(1);
        return result.errors().getFirst();
    }

    private ImportResult refusedResult(String fileName, byte[] content) {
        return refusedResult(fileName, new ByteArrayInputStream(content));
    }

    /** Imports a bad file and checks that nothing at all was written. */
    private ImportResult refusedResult(String fileName, InputStream content) {
        List<Long> before = fixture.counts();
        ImportResult result = imports.importFile(round.id(), fileName, content);
        assertThat(result.ok()).isFalse();
        assertThat(result.imported()).isZero();
        assertThat(result.errorCount()).isEqualTo(result.errors().size());
        assertThat(result.summary()).startsWith("Nothing was imported");
        assertThat(fixture.counts()).as("responses, answers and submissions in the database").isEqualTo(before);
        return result;
    }

    /** An exported row without what differs between submissions (reference, time). */
    private static Map<String, String> withoutSubmission(Map<String, String> row) {
        Map<String, String> rest = new java.util.LinkedHashMap<>(row);
        rest.remove(ResponseColumns.RESPONSE_REFERENCE);
        rest.remove(ResponseColumns.SUBMITTED_AT);
        return rest;
    }

    private static InputStream stream(byte[] content) {
        return new ByteArrayInputStream(content);
    }

    private static Map<String, String> withValue(Map<String, String> row, String column, String value) {
        row.put(column, value);
        return row;
    }

    private Map<String, String> exportedRowOf(long organisationId) {
        try {
            List<CSVRecord> records = ResponseExportServiceTest.csv(out -> export.exportCsv(round.id(), out));
            return records.stream().skip(1).map(r -> ResponseExportServiceTest.asMap(records.getFirst(), r))
                    .filter(r -> r.get("organisation_id").equals(String.valueOf(organisationId))).findFirst().orElseThrow();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
