package uk.skillsplan.insight.export;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import uk.skillsplan.base.Spreadsheet;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.FigureRow;
import uk.skillsplan.insight.FigureTable;
import uk.skillsplan.insight.Metric;

/** The rows of a downloaded table: one per breakdown value, then the total; numbers as numbers, "c" as text. */
final class FigureTableRows {

    static final String TOTAL_LABEL = "All";

    private FigureTableRows() {
    }

    /** The table as downloaded: header, rows and the lines of the "About" sheet (not in the CSV). */
    static Spreadsheet spreadsheet(Metric metric, FigureTable table) {
        return new Spreadsheet(header(metric, table), rows(metric, table), about(metric, table), false);
    }

    static List<String> header(Metric metric, FigureTable table) {
        return List.of(table.breakdown().label(), "code", metric.name() + " (" + FigureFormat.unit(metric) + ")",
                "base (" + metric.respondents() + ", rounded to 5)", "interval_lower", "interval_upper",
                "treat_with_caution", "note");
    }

    static List<List<Object>> rows(Metric metric, FigureTable table) {
        List<List<Object>> rows = new ArrayList<>();
        for (FigureRow row : table.rows()) {
            rows.add(row(metric, row.label(), row.key(), row.figure()));
        }
        rows.add(row(metric, TOTAL_LABEL, "", table.total()));
        return rows;
    }

    private static List<Object> row(Metric metric, String label, String key, Figure figure) {
        List<Object> values = new ArrayList<>();
        values.add(label);
        values.add(key);
        Double shown = FigureFormat.shownValue(metric, figure);
        values.add(shown == null ? Figure.SUPPRESSED_MARK : decimal(shown));
        values.add(figure.suppressed() && figure.base() == 0 ? Figure.SUPPRESSED_MARK : BigDecimal.valueOf(figure.base()));
        boolean interval = !figure.suppressed() && figure.interval() != null;
        double scale = metric.percent() ? 100 : 1;
        values.add(interval ? decimal(figure.interval().lower() * scale) : "");
        values.add(interval ? decimal(figure.interval().upper() * scale) : "");
        values.add(figure.caution() && !figure.suppressed() ? "yes" : "no");
        values.add(FigureFormat.note(figure));
        return values;
    }

    private static BigDecimal decimal(double value) {
        return Spreadsheet.decimal(value);
    }

    /** Lines that say what the table is, where its numbers come from and how they were protected. */
    static List<List<String>> about(Metric metric, FigureTable table) {
        return List.of(
                List.of("Metric", metric.name()),
                List.of("What it measures", metric.description()),
                List.of("Numerator", metric.numerator()),
                List.of("Denominator", metric.denominator()),
                List.of("Broken down by", table.breakdown().label()),
                List.of("LSIP area", table.query().lsipCode()),
                List.of("Survey rounds", table.query().rounds().toString()),
                List.of("Weighting", table.query().weighting().name().toLowerCase()),
                List.of("Computed at", String.valueOf(table.total().computedAt())),
                List.of("Disclosure control", "c = suppressed so that no organisation's answers can be worked out; "
                        + "bases are rounded to the nearest 5; figures on fewer than 30 responses are marked to be "
                        + "treated with caution."));
    }
}
