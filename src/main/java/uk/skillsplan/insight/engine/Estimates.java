package uk.skillsplan.insight.engine;

import java.util.List;
import uk.skillsplan.insight.Interval;
import uk.skillsplan.insight.catalogue.Recipe;
import uk.skillsplan.insight.disclosure.Magnitude;
import uk.skillsplan.insight.disclosure.RawCell;

/** Values and 95% intervals from a cell's sums, by the metric's estimator (docs/metrics.md, "Intervals"). */
final class Estimates {

    static final double Z = 1.959964;
    static final String WILSON = "Wilson score interval";
    static final String LINEARISATION = "Linearisation (Taylor series) of the ratio of sums";
    static final String NORMAL_MEAN = "Normal approximation from the sample variance";

    private Estimates() {
    }

    /** The raw cell: counts and magnitudes for disclosure control, the value and its interval. */
    static RawCell cell(String key, String label, Recipe recipe, boolean percent, List<Sums> sums) {
        int organisations = (int) sums.get(recipe.presence()).count();
        int smallest = recipe.parts().stream().mapToInt(i -> (int) sums.get(i).count()).min().orElse(organisations);
        List<Magnitude> magnitudes = recipe.magnitudes().stream()
                .map(i -> new Magnitude(sums.get(i).sum(), sums.get(i).largest(), sums.get(i).second())).toList();
        double cross = sums.getLast().sum();
        Double value = null;
        Interval interval = null;
        Sums num = sums.get(0);
        Sums den = sums.size() > 1 ? sums.get(1) : Sums.NONE;
        switch (recipe.estimator()) {
            case SHARE -> {
                if (den.sum() > 0) {
                    value = num.sum() / den.sum();
                    interval = wilson(value, den.sum());
                }
            }
            case RATIO -> {
                if (den.sum() > 0) {
                    value = num.sum() / den.sum();
                    interval = ratio(value, num, den, cross, percent);
                }
            }
            case VOLUME -> value = organisations == 0 ? null : num.sum();
            case MEAN -> {
                if (den.sum() > 0) {
                    value = num.sum() / den.sum();
                    interval = mean(value, num, den.sum());
                }
            }
            case RATIO_OF_RATIOS -> {
                if (sums.get(1).sum() > 0 && sums.get(2).sum() > 0 && sums.get(3).sum() > 0) {
                    value = (sums.get(0).sum() / sums.get(1).sum()) / (sums.get(2).sum() / sums.get(3).sum());
                }
            }
        }
        return new RawCell(key, label, organisations, smallest, magnitudes, List.of(), value, interval);
    }

    /** Wilson's score interval for a proportion p on n. */
    static Interval wilson(double p, double n) {
        double z2 = Z * Z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = Z * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half), WILSON);
    }

    /**
     * R = Y / X over n organisations: var(R) = n / (n - 1) * sum((y - R x)^2) / X^2, where
     * sum((y - R x)^2) = sum(y^2) - 2 R sum(x y) + R^2 sum(x^2), all summed in SQL.
     */
    static Interval ratio(double r, Sums y, Sums x, double sumXy, boolean percent) {
        long n = x.count();
        if (n < 2) {
            return null;
        }
        double residual = Math.max(0, y.sumOfSquares() - 2 * r * sumXy + r * r * x.sumOfSquares());
        double se = Math.sqrt(n / (n - 1.0) * residual) / x.sum();
        double upper = r + Z * se;
        return new Interval(Math.max(0, r - Z * se), percent ? Math.min(Math.max(1, r), upper) : upper, LINEARISATION);
    }

    static Interval mean(double mean, Sums values, double n) {
        if (n < 2) {
            return null;
        }
        double variance = Math.max(0, (values.sumOfSquares() - n * mean * mean) / (n - 1));
        double half = Z * Math.sqrt(variance / n);
        return new Interval(mean - half, mean + half, NORMAL_MEAN);
    }
}
