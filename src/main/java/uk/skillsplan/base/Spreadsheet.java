package uk.skillsplan.base;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One downloaded table, written the same way as CSV or as an Excel workbook, for every module's
 * downloads: a header, rows whose cells are numbers ({@link BigDecimal}, written as numbers) or text
 * (a hidden figure's "c"), and lines that say what the table is. Every cell is a value, never a
 * formula, and text is protected ({@link FormulaGuard}) so that a sheet opened or saved again as CSV
 * stays harmless. Whatever it writes has been checked by the module's service (access, disclosure
 * control): this class only writes.
 *
 * @param sheet the name of the workbook's first sheet
 * @param about pairs of (what, value): the workbook's sheet "About" (none when empty); in a CSV, rows
 *        after an empty one when {@code aboutInCsv}
 */
public record Spreadsheet(String sheet, List<String> header, List<List<Object>> rows, List<List<String>> about,
                          boolean aboutInCsv) {

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A table of figures: first sheet "Figures". */
    public Spreadsheet(List<String> header, List<List<Object>> rows, List<List<String>> about, boolean aboutInCsv) {
        this("Figures", header, rows, about, aboutInCsv);
    }

    public Spreadsheet {
        header = List.copyOf(header);
        rows = rows.stream().map(r -> java.util.Collections.unmodifiableList(new ArrayList<>(r))).toList();
        about = about.stream().map(List::copyOf).toList();
    }

    /** UTF-8 with a byte order mark (so that Excel reads the accents), left open. */
    public void writeCsv(OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(header.stream().map(FormulaGuard::protect).toList());
        for (List<Object> row : rows) {
            printer.printRecord(row.stream().map(Spreadsheet::text).toList());
        }
        if (aboutInCsv && !about.isEmpty()) {
            printer.println();
            for (List<String> line : about) {
                printer.printRecord(line.stream().map(FormulaGuard::protect).toList());
            }
        }
        printer.flush();
    }

    /** The first sheet (its header frozen), then sheet "About" if there is anything to say; left open. */
    public void writeXlsx(OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            Sheet figures = workbook.createSheet(sheet);
            writeRow(figures.createRow(0), header, headerStyle);
            for (int r = 0; r < rows.size(); r++) {
                writeRow(figures.createRow(r + 1), rows.get(r), null);
            }
            figures.createFreezePane(0, 1);
            if (!about.isEmpty()) {
                Sheet lines = workbook.createSheet("About");
                for (int r = 0; r < about.size(); r++) {
                    writeRow(lines.createRow(r), about.get(r), null);
                }
            }
            workbook.write(out);
            out.flush();
        }
    }

    /** A number as written: two decimals at most, no trailing zeros. */
    public static BigDecimal decimal(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    private static Object text(Object value) {
        return value instanceof BigDecimal ? value : FormulaGuard.protect(value == null ? "" : String.valueOf(value));
    }

    private static void writeRow(Row row, List<?> values, CellStyle style) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            var cell = row.createCell(i);
            if (value instanceof BigDecimal number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue((String) text(value));
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
