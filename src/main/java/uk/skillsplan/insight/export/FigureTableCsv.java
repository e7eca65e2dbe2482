package uk.skillsplan.insight.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.skillsplan.base.FormulaGuard;
import uk.skillsplan.insight.FigureTable;
import uk.skillsplan.insight.Metric;

/** A figure table as CSV: UTF-8 with a byte order mark (for Excel), text cells protected against formulas. */
public final class FigureTableCsv {

    private FigureTableCsv() {
    }

    public static void write(Metric metric, FigureTable table, OutputStream out) throws IOException {
        write(metric, table, null, out);
    }

    /** {@code table}, and beside it the same table weighted when {@code weighted} is given (side by side). */
    public static void write(Metric metric, FigureTable table, FigureTable weighted, OutputStream out) throws IOException {
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT);
        printer.printRecord(FigureTableRows.header(metric, table, weighted).stream().map(FormulaGuard::protect).toList());
        for (List<Object> row : FigureTableRows.rows(metric, table, weighted)) {
            printer.printRecord(row.stream().map(v -> v instanceof String text ? FormulaGuard.protect(text) : v).toList());
        }
        printer.flush();
    }
}
