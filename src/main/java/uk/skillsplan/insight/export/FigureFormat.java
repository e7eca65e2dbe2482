package uk.skillsplan.insight.export;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.MetricKind;

/**
 * How a figure is written for people, the same on screens, in charts and in downloads: "c" for a
 * suppressed figure (never a number), percentages for shares, the reason or the caution beside it.
 */
public final class FigureFormat {

    public static final String CAUTION = "Treat with caution: based on fewer than 30 responses.";

    private FigureFormat() {
    }

    /** The figure as shown: "27.5%", "1,240", "3.4" or "c". */
    public static String value(Metric metric, Figure figure) {
        if (figure.suppressed() || figure.value() == null) {
            return Figure.SUPPRESSED_MARK;
        }
        return number(metric, figure.value());
    }

    /** A value of the metric (from a figure, a benchmark or an organisation's own answers) as shown. */
    public static String number(Metric metric, double value) {
        if (metric.percent()) {
            return format("#,##0.#", value * 100) + "%";
        }
        return format(metric.kind() == MetricKind.VOLUME ? "#,##0" : "#,##0.##", value);
    }

    /** The value in the unit people read (percentages 0-100), or {@code null} when suppressed. */
    public static Double shownValue(Metric metric, Figure figure) {
        if (figure.suppressed() || figure.value() == null) {
            return null;
        }
        return metric.percent() ? figure.value() * 100 : figure.value();
    }

    /** The value with the caution mark ("12.5% *") where it rests on few responses. */
    public static String valueWithMark(Metric metric, Figure figure) {
        String value = value(metric, figure);
        return figure.caution() && !figure.suppressed() ? value + " *" : value;
    }

    /** Why the figure is "c", or that it should be treated with caution, or nothing. */
    public static String note(Figure figure) {
        if (figure.suppressed()) {
            return figure.suppression().explanation();
        }
        return figure.caution() ? CAUTION : "";
    }

    /** The 95% interval in words ("21% to 33% (Wilson)"), or nothing. */
    public static String interval(Metric metric, Figure figure) {
        if (figure.suppressed() || figure.interval() == null) {
            return "";
        }
        return number(metric, figure.interval().lower()) + " to " + number(metric, figure.interval().upper())
                + " (" + figure.interval().method() + ")";
    }

    /** The unit of the figure in words, for column headers and axes. */
    public static String unit(Metric metric) {
        return metric.percent() ? "% of " + metric.base().words() : metric.denominator().isBlank()
                ? metric.numerator() : metric.numerator() + " per " + metric.denominator();
    }

    private static String format(String pattern, double value) {
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK)).format(value);
    }
}
