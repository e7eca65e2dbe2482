package uk.skillsplan.insight;

import java.time.Instant;

/**
 * A number that people other than the respondent may see. Only the disclosure-control step
 * ({@code uk.skillsplan.insight.disclosure}) creates figures: an ArchUnit rule refuses a
 * {@code new Figure(...)} anywhere else, so every screen, chart, export and plan document that shows
 * a figure has been through it.
 *
 * @param query what was asked (stored by the plan, computed again on demand)
 * @param value the value, or {@code null} when suppressed; shares are 0..1
 * @param suppression why it is suppressed, or {@code null} when shown
 * @param base responding organisations behind it, rounded to the nearest 5 as shown to others (0 when suppressed for too few)
 * @param interval the 95% interval where one applies, or {@code null}
 * @param caution true when the figure rests on fewer than the caution threshold (30) of responses
 * @param computedAt when it was computed
 */
public record Figure(MetricQuery query, Double value, Suppression suppression, int base, Interval interval,
                     boolean caution, Instant computedAt) {

    /** The mark DfE and ONS use for a suppressed figure. */
    public static final String SUPPRESSED_MARK = "c";

    public boolean suppressed() {
        return suppression != null;
    }
}
