package uk.skillsplan.plan.action;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.skillsplan.base.FormulaGuard;
import uk.skillsplan.plan.ActionItem;

/**
 * The action register as CSV (UTF-8 with a byte order mark, for Excel) and as an Excel workbook:
 * the same columns, every text cell protected against formulas ({@link FormulaGuard}), dates as
 * ISO text so that both files read back the same.
 */
public final class ActionTable {

    public static final List<String> HEADER = List.of("Action", "Priority", "Owner", "Owner kind", "Start", "Due",
            "Status", "Latest progress");

    private ActionTable() {
    }

    static List<String> row(ActionItem a) {
        return List.of(a.title(), a.priorityTitle(), a.ownerName(), a.ownerKind().label(), a.startDate().toString(),
                a.dueDate().toString(), a.shownStatus().label(), a.latestNote() == null ? "" : a.latestNote());
    }

    public static void csv(List<ActionItem> actions, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(HEADER);
        for (ActionItem action : actions) {
            printer.printRecord(row(action).stream().map(FormulaGuard::protect).toList());
        }
        printer.flush();
    }

    public static void xlsx(List<ActionItem> actions, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            Sheet sheet = workbook.createSheet("Actions");
            write(sheet.createRow(0), HEADER, header);
            for (int r = 0; r < actions.size(); r++) {
                write(sheet.createRow(r + 1), row(actions.get(r)), null);
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            out.flush();
        }
    }

    private static void write(Row row, List<String> values, CellStyle style) {
        for (int i = 0; i < values.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(FormulaGuard.protect(values.get(i)));
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
