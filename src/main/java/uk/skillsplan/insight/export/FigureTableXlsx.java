package uk.skillsplan.insight.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.skillsplan.insight.FigureTable;
import uk.skillsplan.insight.Metric;

/**
 * A figure table as an Excel workbook: sheet "Figures" (numbers as numbers, "c" as text) and sheet
 * "About". Cells are only ever set as values, never as formulas; text is protected as in the CSV,
 * so that a sheet saved again as CSV stays harmless.
 */
public final class FigureTableXlsx {

    private FigureTableXlsx() {
    }

    public static void write(Metric metric, FigureTable table, OutputStream out) throws IOException {
        write(metric, table, null, out);
    }

    /** {@code table}, and beside it the same table weighted when {@code weighted} is given (side by side). */
    public static void write(Metric metric, FigureTable table, FigureTable weighted, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Sheet figures = workbook.createSheet("Figures");
            writeRow(figures.createRow(0), List.copyOf(FigureTableRows.header(metric, table, weighted)), header);
            List<List<Object>> rows = FigureTableRows.rows(metric, table, weighted);
            for (int r = 0; r < rows.size(); r++) {
                writeRow(figures.createRow(r + 1), rows.get(r), null);
            }
            figures.createFreezePane(0, 1);
            Sheet about = workbook.createSheet("About");
            List<List<String>> lines = FigureTableRows.about(metric, table, weighted);
            for (int r = 0; r < lines.size(); r++) {
                writeRow(about.createRow(r), List.copyOf(lines.get(r)), null);
            }
            workbook.write(out);
            out.flush();
        }
    }

    private static void writeRow(Row row, List<?> values, CellStyle style) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            var cell = row.createCell(i);
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(uk.skillsplan.base.FormulaGuard.protect(String.valueOf(value)));
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
