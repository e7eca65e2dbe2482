package uk.skillsplan.insight.export;

import java.util.ArrayList;
import java.util.List;
import uk.skillsplan.base.Spreadsheet;
import uk.skillsplan.insight.Comparison;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.Metric;

/**
 * "How you compare" as downloaded: per measure the organisation's own value (from its own answers),
 * its sector's and its area's (through disclosure control: "c" when hidden) and England's.
 */
public final class ComparisonRows {

    private ComparisonRows() {
    }

    public static Spreadsheet spreadsheet(long roundId, List<Comparison> comparisons) {
        List<String> header = List.of("measure_code", "measure", "unit", "your_site", "your_sector", "your_area", "england",
                "england_source", "note");
        List<List<Object>> rows = new ArrayList<>();
        for (Comparison c : comparisons) {
            Metric m = c.metric();
            double scale = m.percent() ? 100 : 1;
            rows.add(List.of(m.code(), m.name(), FigureFormat.unit(m),
                    c.own() == null ? "not given" : Spreadsheet.decimal(c.own() * scale), value(m, c.sector()), value(m, c.area()),
                    c.benchmark() == null ? "" : Spreadsheet.decimal(c.benchmark().value() * scale),
                    c.benchmark() == null ? "" : c.benchmark().survey(), note(c)));
        }
        List<List<String>> about = List.of(
                List.of("Table", "How you compare"),
                List.of("Survey round", String.valueOf(roundId)),
                List.of("Your site", "From your own submitted answers."),
                List.of("Your sector, your area", "From every employer that answered; c = hidden because too few employers "
                        + "answered or one dominates, so it could reveal one employer's answers."),
                List.of("Percentages", "Shares are in percent (0 to 100)."));
        return new Spreadsheet(header, rows, about, false);
    }

    private static Object value(Metric metric, Figure figure) {
        if (figure == null) {
            return "";
        }
        Double shown = FigureFormat.shownValue(metric, figure);
        return shown == null ? Figure.SUPPRESSED_MARK : Spreadsheet.decimal(shown);
    }

    public static String note(Comparison c) {
        List<String> notes = new ArrayList<>();
        if (c.sector() != null && !FigureFormat.note(c.sector()).isEmpty()) {
            notes.add("Sector: " + FigureFormat.note(c.sector()));
        }
        if (c.area() != null && !FigureFormat.note(c.area()).isEmpty()) {
            notes.add("Area: " + FigureFormat.note(c.area()));
        }
        return String.join(" ", notes);
    }
}
