package uk.skillsplan.insight;

/**
 * One metric unweighted and weighted, side by side. Both figures went through disclosure control on
 * the unweighted contributions; the design numbers are {@code null} when the weighted figure is hidden.
 *
 * @param effectiveSampleSize Kish's n_eff = (sum of w)^2 / sum of w^2 over the metric's base
 * @param designEffect the base's responses / n_eff
 */
public record WeightedComparison(Metric metric, Figure unweighted, Figure weighted, Double effectiveSampleSize,
                                 Double designEffect) {
}
