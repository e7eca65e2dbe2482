package uk.skillsplan.insight.export;

import java.io.IOException;
import java.io.OutputStream;
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
        FigureTableRows.spreadsheet(metric, table, weighted).writeXlsx(out);
    }
}
