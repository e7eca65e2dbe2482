package uk.skillsplan.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

class ContactImportServiceTest extends ServiceTest {

    private static final String HEADER = "name,companies_house_number,local_authority,sic_section,size_band,contact_name,contact_email\n";

    @Autowired ContactImportService imports;
    @Autowired ContactService contacts;
    @Autowired OrganisationService organisations;
    @Autowired ApplicationContext context;

    private ContactImportReport importAs(String username, String csv) {
        signInAs(username);
        return imports.importCsv(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }

    private static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void a_good_list_creates_employers_once_and_matches_those_already_known() {
        String t = tag();
        OrganisationSummary known = new SurveyTestData(context).newEmployer("Known " + t, SurveyTestData.LEEDS, "C",
                uk.skillsplan.directory.SizeBand.SMALL);
        String csv = HEADER
                + "New firm " + t + ",,Leeds,C,micro,Ann One,ann." + t + "@example.org\n"
                + "New firm " + t + ",,E08000035,C,micro,Bob Two,bob." + t + "@example.org\n"
                + known.name().toUpperCase() + ",,leeds,C,small,Cat Three,cat." + t + "@example.org\n";

        ContactImportReport report = importAs("erb", csv);

        assertThat(report.problems()).isEmpty();
        assertThat(report.organisationsCreated()).isEqualTo(1);
        assertThat(report.organisationsMatched()).isEqualTo(2);
        assertThat(report.contactsAdded()).isEqualTo(3);
        assertThat(contacts.ofOrganisation(known.id())).extracting(Contact::email).contains("cat." + t + "@example.org");
        assertThat(importAs("erb", csv).organisationsCreated()).as("a second import adds nothing").isZero();
    }

    @Test
    void a_list_with_bad_rows_is_refused_whole_with_a_reason_for_each_row() {
        String t = tag();
        String csv = HEADER
                + "Fine firm " + t + ",,Leeds,C,micro,Ann One,ann." + t + "@example.org\n"
                + "Bad mail " + t + ",,Leeds,C,micro,Bob Two,not-an-address\n"
                + "Nowhere " + t + ",,Atlantis,C,micro,Cat Three,cat." + t + "@example.org\n"
                + "Elsewhere " + t + ",,Manchester,C,micro,Dan Four,dan." + t + "@example.org\n"
                + "Fine firm " + t + ",,Leeds,C,micro,Ann One,ann." + t + "@example.org\n"
                + "Odd " + t + ",,Leeds,Z,huge,Eve Five,eve." + t + "@example.org\n";

        ContactImportReport report = importAs("erb", csv);

        assertThat(report.accepted()).isFalse();
        assertThat(report.problems()).extracting(ContactImportReport.Problem::row, ContactImportReport.Problem::column)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(3, "contact_email"),
                        org.assertj.core.groups.Tuple.tuple(4, "local_authority"),
                        org.assertj.core.groups.Tuple.tuple(5, "local_authority"),
                        org.assertj.core.groups.Tuple.tuple(6, ""),
                        org.assertj.core.groups.Tuple.tuple(7, "sic_section"),
                        org.assertj.core.groups.Tuple.tuple(7, "size_band"));
        assertThat(report.problems()).filteredOn(p -> p.row() == 6).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("repeats row 2"));
        assertThat(organisations.count(new OrganisationQuery("Fine firm " + t, null, null, true))).as("nothing written")
                .isZero();
    }

    @Test
    void a_file_without_the_columns_is_refused_with_what_is_missing() {
        ContactImportReport report = importAs("erb", "name,email\nA,a@example.org\n");

        assertThat(report.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("missing: "
                + "companies_house_number, local_authority"));
    }

    private ContactImportReport importXlsxAs(String username, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Contacts");
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            signInAs(username);
            return imports.importFile("Contacts.XLSX", new ByteArrayInputStream(out.toByteArray()));
        }
    }

    private static List<String> header() {
        return List.of(HEADER.strip().split(","));
    }

    @Test
    void an_xlsx_list_is_imported_like_a_csv_one_all_or_nothing_with_a_report_by_row() throws IOException {
        String t = tag();
        List<String> good = List.of("Sheet firm " + t, "", "Leeds", "C", "small", "Ann Sheet", "ann.s." + t + "@example.org");
        List<String> bad = List.of("Sheet bad " + t, "", "Atlantis", "C", "small", "Bob Sheet", "nope");

        ContactImportReport refused = importXlsxAs("erb", List.of(header(), good, bad));
        assertThat(refused.accepted()).isFalse();
        assertThat(refused.problems()).extracting(ContactImportReport.Problem::row, ContactImportReport.Problem::column)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(3, "local_authority"),
                        org.assertj.core.groups.Tuple.tuple(3, "contact_email"));
        assertThat(organisations.count(new OrganisationQuery("Sheet firm " + t, null, null, true))).isZero();

        ContactImportReport accepted = importXlsxAs("erb", List.of(header(), good));
        assertThat(accepted.problems()).isEmpty();
        assertThat(accepted.organisationsCreated()).isOne();
        assertThat(accepted.contactsAdded()).isOne();
    }

    @Test
    void hostile_files_are_refused_within_the_shared_bounds() throws IOException {
        List<String> wide = new ArrayList<>(header());
        for (int i = 0; i < 600; i++) {
            wide.add("extra" + i);
        }
        assertThat(importXlsxAs("erb", List.of(wide)).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).containsIgnoringCase("column"));

        StringBuilder tooMany = new StringBuilder(HEADER);
        for (int i = 0; i <= ContactImportService.MAX_ROWS; i++) {
            tooMany.append("F").append(i).append(",,Leeds,C,micro,A,a").append(i).append("@example.org\n");
        }
        assertThat(importAs("erb", tooMany.toString()).problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).containsIgnoringCase("rows"));

        signInAs("erb");
        assertThat(imports.importFile("contacts.xlsx", new ByteArrayInputStream("not a workbook".getBytes(
                StandardCharsets.UTF_8))).problems()).singleElement().satisfies(p -> assertThat(p.message()).isNotBlank());
        assertThat(imports.importFile("contacts.pdf", new ByteArrayInputStream(new byte[10])).problems())
                .singleElement().satisfies(p -> assertThat(p.message()).contains(".csv or .xlsx"));
    }
}
