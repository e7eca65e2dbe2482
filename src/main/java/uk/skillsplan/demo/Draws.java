package uk.skillsplan.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random draws for synthetic data. Everything comes from one seeded generator, used in a fixed
 * order, so that a seed always gives the same organisations and answers.
 */
final class Draws {

    private final SplittableRandom random;

    Draws(long seed) {
        this.random = new SplittableRandom(seed);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    /** A whole number from min to max, both inclusive. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    double uniform(double min, double max) {
        return min + random.nextDouble() * (max - min);
    }

    /**
     * A whole number from min to max, skewed towards the small end the way business sizes are
     * (many firms near the bottom of each size band, few near the top).
     */
    int logUniform(int min, int max) {
        double value = Math.exp(uniform(Math.log(min), Math.log(max + 1.0)));
        return Math.max(min, Math.min(max, (int) Math.floor(value)));
    }

    /** How many of n independent trials succeed: people counted one by one, so small sites stay whole numbers. */
    int binomial(int n, double probability) {
        double p = Math.max(0, Math.min(1, probability));
        int successes = 0;
        for (int i = 0; i < n; i++) {
            if (random.nextDouble() < p) {
                successes++;
            }
        }
        return successes;
    }

    /** An index drawn in proportion to the weights. */
    int weighted(double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double point = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            point -= weights[i];
            if (point < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Between min and max distinct items, each drawn in proportion to its weight; kept in list order. */
    <T> List<T> some(List<T> items, double[] weights, int min, int max) {
        int wanted = Math.min(items.size(), between(min, max));
        double[] left = weights.clone();
        boolean[] chosen = new boolean[items.size()];
        for (int n = 0; n < wanted; n++) {
            int index = weighted(left);
            chosen[index] = true;
            left[index] = 0;
        }
        List<T> result = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (chosen[i]) {
                result.add(items.get(i));
            }
        }
        return result;
    }

    /** Between min and max distinct items, equally likely. */
    <T> List<T> some(List<T> items, int min, int max) {
        double[] equal = new double[items.size()];
        Arrays.fill(equal, 1);
        return some(items, equal, min, max);
    }
}
