package uk.skillsplan.insight.weights;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Survey weights from cell counts (never from the answers): post-stratification by industry x size
 * band with sparse cells merged by a fixed rule, optional raking (iterative proportional fitting) to
 * local authority totals, and optional trimming with the total recalibrated. docs/population-and-provision.md,
 * "Weights", states the rules; {@code CalibrationProperties} checks them over random populations and samples.
 *
 * <ol>
 * <li><b>Merging.</b> A size band of an industry with fewer than {@code minResponses} responses (and any
 *     business or response in it) is merged with the next band up (micro into small, small into medium,
 *     medium into large; large into medium), repeatedly, until every merged group of the industry has
 *     enough responses or the industry is one group. An industry that is still short as a whole is then
 *     merged, all its bands together, with the next industry in order (the last with the one before),
 *     the same way. Each resulting group is a stratum; its weight is businesses / responses.</li>
 * <li><b>Raking</b> (optional): districts with fewer than {@code minResponses} responses are merged with
 *     the next district in code order the same way; the weights of each (district group, stratum) cell are
 *     then scaled alternately to the district groups' and the strata's business totals until the district
 *     totals hold to 1e-10 (relative), ending on the strata so that they hold exactly. When no weights meet
 *     both (the district totals contradict the strata), raking stops after 1,000 rounds, the post-stratified
 *     weights stand and the result says so ({@code converged} false).</li>
 * <li><b>Trimming</b> (optional): the cap is {@code trimFactor} x the mean weight (businesses / responses);
 *     weights above it are set to it and the other weights scaled up so that the area total still holds;
 *     repeated until no weight is above the cap. After trimming only the area total holds exactly; each
 *     stratum's weighted total is reported beside its businesses.</li>
 * </ol>
 */
public final class Calibration {

    /** Relative tolerance for the raked district totals. */
    public static final double RAKING_TOLERANCE = 1e-10;
    static final int MAX_ITERATIONS = 1000;

    /** Businesses and responses of one district x industry x size band. */
    public record Cell(String lad, String industry, String band, long businesses, long responses) {
    }

    public record Options(int minResponses, boolean rake, Double trimFactor) {
        public Options {
            if (minResponses < 1) {
                throw new IllegalArgumentException("The smallest cell must have at least one response.");
            }
            if (trimFactor != null && !(trimFactor >= 1)) {
                throw new IllegalArgumentException("The cap must be at least the mean weight (a factor of 1 or more).");
            }
        }
    }

    /**
     * A stratum: industry x size band cells merged by the rule.
     *
     * @param weight businesses / responses (before raking and trimming)
     * @param weightedTotal the sum of the final weights of its responses
     */
    public record Stratum(int id, List<String> cells, long businesses, long responses, double weight, double weightedTotal,
                          boolean trimmed) {
    }

    /** A group of districts for raking (one district unless merged), with its businesses and weighted total. */
    public record DistrictGroup(List<String> lads, long businesses, long responses, double weightedTotal) {
    }

    /**
     * The weights.
     *
     * @param strata the post-strata
     * @param weights final weight per {@code lad|industry|band} cell with responses
     * @param stratumOf stratum id per {@code industry|band}
     * @param cap the trimming cap, or {@code null}
     * @param converged whether raking reached its tolerance (true without raking)
     */
    public record Result(List<Stratum> strata, List<DistrictGroup> districts, Map<String, Double> weights,
                         Map<String, Integer> stratumOf, Double cap, boolean converged, int iterations, long businesses,
                         long responses, double sumOfWeights, double sumOfSquares) {

        public double effectiveSampleSize() {
            return Kish.effectiveSampleSize(sumOfWeights, sumOfSquares);
        }

        public double designEffect() {
            return Kish.designEffect(responses, sumOfWeights, sumOfSquares);
        }
    }

    private Calibration() {
    }

    /** @param industries the industries in order (the order neighbours are merged in); cells of others are ignored */
    public static Result compute(List<Cell> cells, List<String> industries, List<String> bands, Options options) {
        int k = options.minResponses();
        Map<String, long[]> byIndustryBand = new LinkedHashMap<>();
        Map<String, long[]> byDistrict = new TreeMap<>();
        for (Cell c : cells) {
            if (!industries.contains(c.industry()) || !bands.contains(c.band())) {
                continue;
            }
            add(byIndustryBand, c.industry() + "|" + c.band(), c);
            add(byDistrict, c.lad(), c);
        }
        // 1. Strata: bands within industries, then industries.
        List<List<List<String>>> bandGroupsOf = new ArrayList<>();
        for (String industry : industries) {
            List<List<String>> items = bands.stream().map(b -> List.of(industry + "|" + b)).toList();
            List<List<String>> groups = merge(items, byIndustryBand, k);
            bandGroupsOf.add(groups);
        }
        List<List<String>> industryItems = new ArrayList<>();
        for (int i = 0; i < industries.size(); i++) {
            industryItems.add(bandGroupsOf.get(i).stream().flatMap(List::stream).toList());
        }
        List<List<String>> mergedIndustries = merge(industryItems, byIndustryBand, k);
        List<List<String>> strataCells = new ArrayList<>();
        for (List<String> merged : mergedIndustries) {
            int single = industryItems.indexOf(merged);
            if (single >= 0) {
                strataCells.addAll(bandGroupsOf.get(single));
            } else {
                strataCells.add(merged);
            }
        }
        strataCells.removeIf(s -> totals(s, byIndustryBand)[0] == 0 && totals(s, byIndustryBand)[1] == 0);
        Map<String, Integer> stratumOf = new LinkedHashMap<>();
        long businesses = 0;
        long responses = 0;
        double[] stratumBusinesses = new double[strataCells.size()];
        long[] stratumResponses = new long[strataCells.size()];
        for (int s = 0; s < strataCells.size(); s++) {
            long[] t = totals(strataCells.get(s), byIndustryBand);
            stratumBusinesses[s] = t[0];
            stratumResponses[s] = t[1];
            businesses += t[0];
            responses += t[1];
            for (String cell : strataCells.get(s)) {
                stratumOf.put(cell, s);
            }
        }
        // 2. District groups (one group of every district without raking).
        List<List<String>> districtGroups = options.rake()
                ? merge(byDistrict.keySet().stream().map(List::of).toList(), byDistrict, k)
                : List.of(List.copyOf(byDistrict.keySet()));
        Map<String, Integer> groupOf = new LinkedHashMap<>();
        for (int g = 0; g < districtGroups.size(); g++) {
            for (String lad : districtGroups.get(g)) {
                groupOf.put(lad, g);
            }
        }
        int groups = districtGroups.size();
        int strata = strataCells.size();
        double[][] n = new double[groups][strata];
        double[] groupBusinesses = new double[groups];
        for (Cell c : cells) {
            Integer s = stratumOf.get(c.industry() + "|" + c.band());
            Integer g = groupOf.get(c.lad());
            if (s == null || g == null) {
                continue;
            }
            n[g][s] += c.responses();
            groupBusinesses[g] += c.businesses();
        }
        double[][] w = new double[groups][strata];
        for (int g = 0; g < groups; g++) {
            for (int s = 0; s < strata; s++) {
                w[g][s] = n[g][s] == 0 ? 0 : stratumBusinesses[s] / stratumResponses[s];
            }
        }
        boolean converged = true;
        int iterations = 0;
        if (options.rake() && groups > 1 && responses > 0) {
            converged = false;
            double[][] raked = new double[groups][];
            for (int g = 0; g < groups; g++) {
                raked[g] = w[g].clone();
            }
            while (!converged && iterations < MAX_ITERATIONS) {
                iterations++;
                scaleRows(n, raked, groupBusinesses);
                scaleColumns(n, raked, stratumBusinesses);
                converged = maxRowError(n, raked, groupBusinesses) < RAKING_TOLERANCE;
            }
            // No weights meet both sets of totals (a district's responses are all in strata whose totals disagree
            // with it): the post-stratified weights stand, and the result says raking did not converge.
            if (converged) {
                w = raked;
            }
        }
        Double cap = null;
        if (options.trimFactor() != null && responses > 0) {
            cap = options.trimFactor() * businesses / responses;
            trim(n, w, cap, businesses);
        }
        // Results.
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Cell c : cells) {
            Integer s = stratumOf.get(c.industry() + "|" + c.band());
            Integer g = groupOf.get(c.lad());
            if (s != null && g != null && c.responses() > 0) {
                weights.put(c.lad() + "|" + c.industry() + "|" + c.band(), w[g][s]);
            }
        }
        double sum = 0;
        double squares = 0;
        List<Stratum> strataOut = new ArrayList<>();
        double[] groupTotals = new double[groups];
        for (int s = 0; s < strata; s++) {
            double total = 0;
            boolean trimmed = false;
            for (int g = 0; g < groups; g++) {
                total += n[g][s] * w[g][s];
                squares += n[g][s] * w[g][s] * w[g][s];
                groupTotals[g] += n[g][s] * w[g][s];
                trimmed |= cap != null && n[g][s] > 0 && w[g][s] >= cap * (1 - 1e-12);
            }
            sum += total;
            strataOut.add(new Stratum(s, strataCells.get(s), (long) stratumBusinesses[s], stratumResponses[s],
                    stratumResponses[s] == 0 ? 0 : stratumBusinesses[s] / stratumResponses[s], total, trimmed));
        }
        List<DistrictGroup> districtsOut = new ArrayList<>();
        for (int g = 0; g < groups; g++) {
            long[] t = totals(districtGroups.get(g), byDistrict);
            districtsOut.add(new DistrictGroup(districtGroups.get(g), t[0], t[1], groupTotals[g]));
        }
        return new Result(strataOut, districtsOut, weights, stratumOf, cap, converged, iterations, businesses, responses,
                sum, squares);
    }

    /**
     * Merges runs of items: while some group has fewer than {@code k} responses (and any business or response),
     * or responses but no businesses, it is merged with the next group (the last with the one before).
     */
    static List<List<String>> merge(List<List<String>> items, Map<String, long[]> counts, int k) {
        List<List<String>> groups = new ArrayList<>(items.stream().map(i -> (List<String>) new ArrayList<>(i)).toList());
        while (groups.size() > 1) {
            int short_ = -1;
            for (int i = 0; i < groups.size(); i++) {
                long[] t = totals(groups.get(i), counts);
                if (t[1] < k && (t[0] > 0 || t[1] > 0) || t[0] == 0 && t[1] > 0) {
                    short_ = i;
                    break;
                }
            }
            if (short_ < 0) {
                break;
            }
            int other = short_ + 1 < groups.size() ? short_ + 1 : short_ - 1;
            int first = Math.min(short_, other);
            List<String> joined = new ArrayList<>(groups.get(first));
            joined.addAll(groups.get(first + 1));
            groups.set(first, joined);
            groups.remove(first + 1);
        }
        return groups.stream().map(List::copyOf).toList();
    }

    private static void trim(double[][] n, double[][] w, double cap, double total) {
        for (int round = 0; round < MAX_ITERATIONS; round++) {
            double fixedTotal = 0;
            double freeTotal = 0;
            for (int g = 0; g < n.length; g++) {
                for (int s = 0; s < n[g].length; s++) {
                    if (n[g][s] == 0) {
                        continue;
                    }
                    if (w[g][s] >= cap) {
                        w[g][s] = cap;
                        fixedTotal += n[g][s] * cap;
                    } else {
                        freeTotal += n[g][s] * w[g][s];
                    }
                }
            }
            if (freeTotal == 0) {
                return;
            }
            double factor = (total - fixedTotal) / freeTotal;
            boolean over = false;
            for (int g = 0; g < n.length; g++) {
                for (int s = 0; s < n[g].length; s++) {
                    if (n[g][s] > 0 && w[g][s] < cap) {
                        w[g][s] *= factor;
                        over |= w[g][s] > cap;
                    }
                }
            }
            if (!over) {
                return;
            }
        }
    }

    private static void scaleRows(double[][] n, double[][] w, double[] targets) {
        for (int g = 0; g < n.length; g++) {
            double t = 0;
            for (int s = 0; s < n[g].length; s++) {
                t += n[g][s] * w[g][s];
            }
            if (t > 0) {
                double f = targets[g] / t;
                for (int s = 0; s < n[g].length; s++) {
                    w[g][s] *= f;
                }
            }
        }
    }

    private static void scaleColumns(double[][] n, double[][] w, double[] targets) {
        for (int s = 0; s < targets.length; s++) {
            double t = 0;
            for (int g = 0; g < n.length; g++) {
                t += n[g][s] * w[g][s];
            }
            if (t > 0) {
                double f = targets[s] / t;
                for (int g = 0; g < n.length; g++) {
                    w[g][s] *= f;
                }
            }
        }
    }

    private static double maxRowError(double[][] n, double[][] w, double[] targets) {
        double worst = 0;
        for (int g = 0; g < n.length; g++) {
            double t = 0;
            for (int s = 0; s < n[g].length; s++) {
                t += n[g][s] * w[g][s];
            }
            if (targets[g] > 0) {
                worst = Math.max(worst, Math.abs(t - targets[g]) / targets[g]);
            }
        }
        return worst;
    }

    private static void add(Map<String, long[]> totals, String key, Cell c) {
        long[] t = totals.computeIfAbsent(key, x -> new long[2]);
        t[0] += c.businesses();
        t[1] += c.responses();
    }

    /** Businesses and responses of a group of keys. */
    private static long[] totals(List<String> keys, Map<String, long[]> counts) {
        long[] t = new long[2];
        for (String key : keys) {
            long[] c = counts.get(key);
            if (c != null) {
                t[0] += c[0];
                t[1] += c[1];
            }
        }
        return t;
    }
}
