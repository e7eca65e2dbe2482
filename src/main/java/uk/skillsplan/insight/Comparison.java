package uk.skillsplan.insight;

/**
 * "How you compare": one metric for a respondent's own organisation beside its sector and its area
 * (both disclosure-controlled figures) and England's benchmark where there is one.
 *
 * @param own the organisation's own value from its own submitted answers ({@code null} when its answers do not give one)
 * @param benchmark England's figure, or {@code null}
 */
public record Comparison(Metric metric, Double own, Figure sector, Figure area, Benchmark benchmark) {
}
