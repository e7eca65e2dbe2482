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

    /** The table as downloaded (side by side when {@code weighted} is given): header, rows and the "About" lines (not in the CSV). */
    static Spreadsheet spreadsheet(Metric metric, FigureTable table, FigureTable weighted) {
        return new Spreadsheet(header(metric, table, weighted), rows(metric, table, weighted), about(metric, table, weighted),
                false);
    }

    /**
     * The columns: label, code, value, base, interval, caution and note of {@code table}; then, for a weighted
     * table, its effective sample size and design effect; then, side by side ({@code weighted} not null), the
     * weighted value, interval, effective sample size and design effect. The headers say which is which.
     */
    static List<String> header(Metric metric, FigureTable table, FigureTable weighted) {
        List<String> header = new ArrayList<>(List.of(table.breakdown().label(), "code",
                metric.name() + " (" + FigureFormat.unit(metric) + ", " + weighting(table) + ")",
                "base (" + metric.respondents() + ", unweighted, rounded to 5)", "interval_lower", "interval_upper",
                "treat_with_caution", "note"));
        if (table.weighted()) {
            header.addAll(List.of("effective_sample_size", "design_effect"));
        }
        if (weighted != null) {
            header.addAll(List.of(metric.name() + " (" + FigureFormat.unit(metric) + ", weighted)", "interval_lower_weighted",
                    "interval_upper_weighted", "effective_sample_size", "design_effect"));
        }
        return header;
    }

    static List<List<Object>> rows(Metric metric, FigureTable table, FigureTable weighted) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            FigureRow row = table.rows().get(i);
            rows.add(row(metric, row.label(), row.key(), row, table.weighted(), weighted == null ? null : weighted.rows().get(i)));
        }
        FigureRow total = new FigureRow("", TOTAL_LABEL, table.total(), table.totalDesign());
        rows.add(row(metric, TOTAL_LABEL, "", total, table.weighted(),
                weighted == null ? null : new FigureRow("", TOTAL_LABEL, weighted.total(), weighted.totalDesign())));
        return rows;
    }

    private static String weighting(FigureTable table) {
        return table.weighted() ? "weighted" : "unweighted";
    }

    private static List<Object> row(Metric metric, String label, String key, FigureRow row, boolean weighted,
                                    FigureRow beside) {
        Figure figure = row.figure();
        List<Object> values = new ArrayList<>();
        values.add(label);
        values.add(key);
        values.addAll(value(metric, figure));
        values.add(figure.suppressed() && figure.base() == 0 ? Figure.SUPPRESSED_MARK : BigDecimal.valueOf(figure.base()));
        values.addAll(interval(metric, figure));
        values.add(figure.caution() && !figure.suppressed() ? "yes" : "no");
        values.add(FigureFormat.note(figure));
        if (weighted) {
            values.addAll(design(row));
        }
        if (beside != null) {
            values.addAll(value(metric, beside.figure()));
            values.addAll(interval(metric, beside.figure()));
            values.addAll(design(beside));
        }
        return values;
    }

    private static List<Object> value(Metric metric, Figure figure) {
        Double shown = FigureFormat.shownValue(metric, figure);
        return List.of(shown == null ? Figure.SUPPRESSED_MARK : decimal(shown));
    }

    private static List<Object> interval(Metric metric, Figure figure) {
        boolean interval = !figure.suppressed() && figure.interval() != null;
        double scale = metric.percent() ? 100 : 1;
        return List.of(interval ? decimal(figure.interval().lower() * scale) : "",
                interval ? decimal(figure.interval().upper() * scale) : "");
    }

    /** n_eff and design effect of a shown weighted figure; "c" when it is hidden. */
    private static List<Object> design(FigureRow row) {
        if (row.design() == null) {
            return List.of(Figure.SUPPRESSED_MARK, Figure.SUPPRESSED_MARK);
        }
        return List.of(decimal(row.design().effectiveSampleSize()), decimal(row.design().designEffect()));
    }

    private static BigDecimal decimal(double value) {
        return Spreadsheet.decimal(value);
    }

    /** Lines that say what the table is, where its numbers come from and how they were protected. */
    static List<List<String>> about(Metric metric, FigureTable table, FigureTable weighted) {
        List<List<String>> about = new ArrayList<>(List.of(
                List.of("Metric", metric.name()),
                List.of("What it measures", metric.description()),
                List.of("Numerator", metric.numerator()),
                List.of("Denominator", metric.denominator()),
                List.of("Broken down by", table.breakdown().label()),
                List.of("LSIP area", table.query().lsipCode()),
                List.of("Survey rounds", table.query().rounds().toString()),
                List.of("Weighting", weighted != null ? "unweighted and weighted, side by side"
                        : table.query().weighting().name().toLowerCase())));
        if (weighted != null || table.weighted()) {
            about.add(List.of("Weights", "Weighted figures count each response for the businesses of its industry and size band "
                        + "(UK Business Counts) over the responses there; whether a figure is shown is decided on the "
                        + "unweighted responses, so both show the same cells hidden (c). The effective sample size is "
                        + "(sum of weights)^2 / sum of squared weights; the design effect is the base over it."));
        }
        about.addAll(List.of(List.of("Computed at", String.valueOf(table.total().computedAt())),
                List.of("Disclosure control", "c = suppressed so that no organisation's answers can be worked out; "
                        + "bases are rounded to the nearest 5; figures on fewer than 30 responses are marked to be "
                        + "treated with caution.")));
        return about;
    }
}
