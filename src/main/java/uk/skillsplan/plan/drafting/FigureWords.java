package uk.skillsplan.plan.drafting;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.MetricKind;

/**
 * A figure in words for a sentence, always with its base: "27% of all vacancies (base: 150
 * employers)". A suppressed figure has no words, so it can never reach the text; a figure on few
 * responses says so.
 */
public final class FigureWords {

    private FigureWords() {
    }

    public static Optional<String> of(Metric metric, Figure figure) {
        if (figure == null || figure.suppressed() || figure.value() == null) {
            return Optional.empty();
        }
        return Optional.of(phrase(metric, figure) + " (" + base(metric, figure) + ")");
    }

    /** Just the value, as a table cell shows it. */
    public static String value(Metric metric, double value) {
        if (metric.percent()) {
            double percent = value * 100;
            return percent > 0 && percent < 0.5 ? "less than 1%" : Math.round(percent) + "%";
        }
        if (metric.kind() == MetricKind.VOLUME) {
            return NumberFormat.getIntegerInstance(Locale.UK).format(Math.round(value));
        }
        return String.format(Locale.UK, "%.1f", value);
    }

    static String phrase(Metric metric, Figure figure) {
        String value = value(metric, figure.value());
        if (metric.percent()) {
            return value + " of " + metric.base().words();
        }
        return value + " (" + metric.name().toLowerCase(Locale.UK) + ")";
    }

    static String base(Metric metric, Figure figure) {
        String who = switch (metric.audience() == null ? "" : metric.audience()) {
            case "PROVIDER" -> "providers";
            case "COUNCIL" -> "councils";
            default -> "employers";
        };
        String base = "base: " + figure.base() + " " + who;
        return figure.caution() ? base + "; treat with caution, fewer than 30 responses" : base;
    }
}
