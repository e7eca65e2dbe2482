package uk.skillsplan.directory.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.upload.Upload;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import uk.skillsplan.testing.KaribuTest;

class ContactImportViewTest extends KaribuTest {

    @Test
    void an_uploaded_list_with_a_bad_row_shows_every_problem_and_imports_nothing() {
        login("erb");
        navigate("contacts/import");
        assertThat(_get(H1.class).getText()).isEqualTo("Import contacts");

        UploadKt._upload(_get(Upload.class), "contacts.csv", "text/csv", ("name,companies_house_number,local_authority,"
                + "sic_section,size_band,contact_name,contact_email\nA firm,,Leeds,C,micro,Ann,not-an-email\n")
                .getBytes(StandardCharsets.UTF_8));

        ContactImportView view = _get(ContactImportView.class);
        assertThat(view.outcome.getText()).startsWith("Nothing was imported: 1 problems.");
        assertThat(GridKt._getFormattedRow(view.problems, 0)).startsWith("2", "contact_email");
    }

    @Test
    void a_good_list_is_imported_and_counted() {
        login("erb");
        navigate("contacts/import");
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);

        UploadKt._upload(_get(Upload.class), "contacts.csv", "text/csv", ("name,companies_house_number,local_authority,"
                + "sic_section,size_band,contact_name,contact_email\nView firm " + tag + ",,Bradford,J,small,Ann,ann."
                + tag + "@example.org\n").getBytes(StandardCharsets.UTF_8));

        ContactImportView view = _get(ContactImportView.class);
        assertThat(view.outcome.getText()).isEqualTo("Imported 1 rows: 1 employers added, 0 matched to employers "
                + "already in the directory, 1 new contacts.");
        assertThat(view.problems.isVisible()).isFalse();
    }

    @Test
    void an_xlsx_list_is_imported_through_the_page() throws java.io.IOException {
        login("erb");
        navigate("contacts/import");
        String tag = java.util.UUID.randomUUID().toString().substring(0, 8);
        byte[] workbook;
        try (var xlsx = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
             var out = new java.io.ByteArrayOutputStream()) {
            var sheet = xlsx.createSheet();
            String[][] rows = {{"name", "companies_house_number", "local_authority", "sic_section", "size_band",
                    "contact_name", "contact_email"}, {"Xlsx firm " + tag, "", "Bradford", "J", "small", "Ann",
                    "ann.x." + tag + "@example.org"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            xlsx.write(out);
            workbook = out.toByteArray();
        }

        UploadKt._upload(_get(Upload.class), "contacts.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook);

        assertThat(_get(ContactImportView.class).outcome.getText()).startsWith("Imported 1 rows: 1 employers added");
    }
}
