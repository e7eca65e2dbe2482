package uk.skillsplan.insight.export;

import java.io.IOException;
import java.io.OutputStream;
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
        FigureTableRows.spreadsheet(metric, table, weighted).writeCsv(out);
    }
}
