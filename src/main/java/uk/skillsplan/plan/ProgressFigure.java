package uk.skillsplan.plan;

import uk.skillsplan.insight.Figure;

/**
 * A headline figure of the plan then and now: "then" is what the plan's text used (the stored
 * evidence value and base), "now" the same stored query computed again through disclosure control.
 * The texts say the value with its base ("27% (base: 150)"), or "c" when hidden. {@code now} is
 * {@code null} with a {@code problem} when the evidence can no longer be computed. The interval texts say the
 * 95% interval then (as the plan used it) and now, or "-" where none applies or none was recorded.
 */
public record ProgressFigure(String label, Double thenValue, int thenBase, boolean thenCaution, Figure now,
                             String thenText, String nowText, String thenIntervalText, String intervalText,
                             String problem) {
}
