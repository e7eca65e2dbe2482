package uk.skillsplan.insight.weights;

import uk.skillsplan.insight.Interval;

/**
 * Kish's effective sample size and design effect, and Wilson's interval with the effective sample
 * size in place of n (DOMAIN.md, "Evidence coverage and weighting").
 */
public final class Kish {

    public static final double Z = 1.959964;
    public static final String WILSON_EFFECTIVE = "Wilson score interval with the effective sample size (Kish)";
    public static final String NORMAL_EFFECTIVE = "Normal approximation, weighted variance over the effective sample size (Kish)";
    public static final String LINEARISATION_WEIGHTED = "Linearisation (Taylor series) of the weighted ratio of sums";

    private Kish() {
    }

    /** n_eff = (sum of w)^2 / sum of w^2. */
    public static double effectiveSampleSize(double sumOfWeights, double sumOfSquares) {
        return sumOfSquares == 0 ? 0 : sumOfWeights * sumOfWeights / sumOfSquares;
    }

    /** deff = n / n_eff. */
    public static double designEffect(long n, double sumOfWeights, double sumOfSquares) {
        double effective = effectiveSampleSize(sumOfWeights, sumOfSquares);
        return effective == 0 ? 0 : n / effective;
    }

    /** Wilson's score interval for p on n (n may be an effective sample size, not a whole number). */
    public static Interval wilson(double p, double n, String method) {
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half), method);
    }
}
