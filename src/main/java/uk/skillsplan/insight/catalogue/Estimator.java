package uk.skillsplan.insight.catalogue;

/**
 * How a metric's value and interval come from the sums of its per-organisation components
 * (component 0 is the numerator, component 1 the denominator, unless said otherwise).
 */
public enum Estimator {
    /** Share of organisations: sum of 0/1 numerators over the number that answered; Wilson interval. */
    SHARE,
    /** Ratio of two sums (a density); interval by linearisation (Taylor series) of the ratio. */
    RATIO,
    /** Sum of the numerators (a volume); no interval (a count of what respondents reported). */
    VOLUME,
    /** Mean of the numerators over the organisations that answered; normal interval from the sample variance. */
    MEAN,
    /** (c0 / c1) / (c2 / c3): the share trained in one occupation band against another; no interval. */
    RATIO_OF_RATIOS
}
