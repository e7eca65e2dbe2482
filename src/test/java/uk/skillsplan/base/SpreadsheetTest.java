package uk.skillsplan.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class SpreadsheetTest {

    private static final String INJECTED = "=HYPERLINK(\"http://evil.example\",\"click\")";

    private final Spreadsheet sheet = new Spreadsheet(List.of("name", "value"),
            List.of(List.of(INJECTED, new BigDecimal("12.5")), List.of("+SUM(A1)", "c")),
            List.of(List.of("File", "@import.csv")), true);

    @Test
    void text_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text_in_the_csv() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheet.writeCsv(out);

        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFname,value\r\n")
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",12.5")
                .contains("'+SUM(A1),c").contains("File,'@import.csv");
    }

    @Test
    void the_workbook_holds_values_never_formulas_and_numbers_as_numbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        sheet.writeXlsx(out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            var figures = workbook.getSheet("Figures");
            assertThat(figures.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(figures.getRow(1).getCell(0).getStringCellValue()).isEqualTo("'" + INJECTED);
            assertThat(figures.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(12.5);
            assertThat(figures.getRow(2).getCell(1).getStringCellValue()).isEqualTo("c");
            assertThat(workbook.getSheet("About").getRow(0).getCell(1).getStringCellValue()).isEqualTo("'@import.csv");
        }
    }
}
