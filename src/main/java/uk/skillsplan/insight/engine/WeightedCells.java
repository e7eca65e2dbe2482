package uk.skillsplan.insight.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.skillsplan.insight.Interval;
import uk.skillsplan.insight.WeightedDesign;
import uk.skillsplan.insight.catalogue.CatalogueEntry;
import uk.skillsplan.insight.catalogue.Estimator;
import uk.skillsplan.insight.catalogue.Pivot;
import uk.skillsplan.insight.catalogue.Recipe;
import uk.skillsplan.insight.disclosure.RawCell;
import uk.skillsplan.insight.weights.Kish;
import uk.skillsplan.insight.weights.WeightRun;
import uk.skillsplan.survey.EmployerQuestions;

/**
 * Weighted values for the metric engine: the same per-organisation components as the unweighted pass
 * ({@link InsightQueries#rows}), each organisation joined to its cell's weight ({@code weight_cell}),
 * summed in the database as weighted sums, sums of weights and of squared weights. Disclosure control
 * keeps working on the unweighted cell: {@link Weighted#over} replaces only the value and its interval.
 * docs/population-and-provision.md, "Weighted figures", gives the estimators.
 */
@Component
class WeightedCells {

    /**
     * A weighted value with its design.
     *
     * @param responses responses in the metric's base (unweighted)
     * @param effectiveSampleSize Kish's n_eff over the base
     * @param designEffect responses / n_eff
     * @param baseWeight the sum of the weights over the base (the denominator of an option's weighted share)
     */
    record Weighted(Double value, Interval interval, long responses, double effectiveSampleSize, double designEffect,
                    double baseWeight) {

        /** No weighted response in the cell. */
        static final Weighted NONE = new Weighted(null, null, 0, 0, 0, 0);

        WeightedDesign design() {
            return new WeightedDesign(effectiveSampleSize, designEffect);
        }

        RawCell over(RawCell unweighted) {
            return new RawCell(unweighted.key(), unweighted.label(), unweighted.organisations(), unweighted.smallestPart(),
                    unweighted.magnitudes(), unweighted.widerOrganisations(), value, interval);
        }
    }

    /** Weighted sums of one component: sum w c, sum of w and of w^2 where c is given, sum w c^2, sum w^2 c^2, count. */
    private record WSums(double weighted, double weights, double squaredWeights, double weightedSquares,
                         double squaredWeightedSquares, long count) {
    }

    private static final int PER_COMPONENT = 6;
    private static final String ALL = "ALL";
    /** Each organisation's response to the weighted round, joined to its cell's weight (by district, section, size band). */
    private static final String WEIGHT_JOIN = "join submitted_response r on r.round_id = :wround and r.organisation_id = %s"
            + " and r.organisation_kind = 'EMPLOYER'"
            + " join weight_cell w on w.round_id = r.round_id and w.population_import_id = :wimport"
            + " and w.lad_code = coalesce(r.lad_code, '-') and w.sic_section = r.sic_section and w.size_band = r.size_band";

    private final JdbcClient jdbc;
    private final ResponseFacts facts;
    private final WeightedCache cache;

    WeightedCells(JdbcClient jdbc, ResponseFacts facts, WeightedCache cache) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.cache = cache;
    }

    /** One weighted cell per metric for the whole scope (one round), in one pass (or from the cache). */
    Map<String, Weighted> cells(List<CatalogueEntry> entries, Scope scope, WeightRun run) {
        Map<String, Weighted> cells = new HashMap<>(cells(entries, scope, run, Grouping.NONE).getOrDefault(ALL, Map.of()));
        // No weighted response in the scope: the grouped pass returns no row at all.
        entries.forEach(e -> cells.putIfAbsent(e.metric().code(), Weighted.NONE));
        return cells;
    }

    /**
     * The weighted cells of these metrics by {@code grouping} (cell key -> metric code -> weighted value), in one
     * grouped pass for the metrics not kept from an earlier request ({@link WeightedCache}).
     */
    Map<String, Map<String, Weighted>> cells(List<CatalogueEntry> entries, Scope scope, WeightRun run, Grouping grouping) {
        return cache.cells(entries, scope, run, grouping, missing -> compute(missing, scope, run, grouping));
    }

    private Map<String, Map<String, Weighted>> compute(List<CatalogueEntry> entries, Scope scope, WeightRun run,
                                                       Grouping grouping) {
        Integer soc = scope.filter().socMajor();
        Map<String, Pivot> pivots = new LinkedHashMap<>();
        Set<String> codes = new LinkedHashSet<>();
        List<String> components = new ArrayList<>();
        List<int[]> indexes = new ArrayList<>();
        for (CatalogueEntry entry : entries) {
            Recipe recipe = entry.recipe(soc != null);
            recipe.pivots().forEach(p -> {
                pivots.putIfAbsent(p.name(), p);
                codes.add(p.question());
            });
            int[] mine = new int[recipe.components().size()];
            for (int i = 0; i < mine.length; i++) {
                String component = recipe.components().get(i);
                // As the unweighted pass: under a SOC filter, metrics not asked per occupation count establishments
                // employing people in the group.
                if (soc != null && !recipe.perOccupation()) {
                    component = "case when p." + InsightQueries.SOC_PIVOT + " > 0 then " + component + " end";
                }
                int at = components.indexOf(component);
                if (at < 0) {
                    at = components.size();
                    components.add(component);
                }
                mine[i] = at;
            }
            indexes.add(mine);
        }
        if (soc != null) {
            pivots.put(InsightQueries.SOC_PIVOT, new Pivot(InsightQueries.SOC_PIVOT, EmployerQuestions.WORKFORCE,
                    Pivot.gridFiltered(EmployerQuestions.WORKFORCE, EmployerQuestions.COL_HEADCOUNT).sql()));
            codes.add(EmployerQuestions.WORKFORCE);
        }
        // Only the sums each estimator reads (the others are a constant 0): every aggregate costs a pass over the rows.
        boolean[][] needed = new boolean[components.size()][PER_COMPONENT];
        for (int m = 0; m < entries.size(); m++) {
            Recipe recipe = entries.get(m).recipe(soc != null);
            int[] mine = indexes.get(m);
            for (int i : mine) {
                needed[i][0] = true;
            }
            int base = mine[recipe.presence()];
            needed[base][1] = needed[base][2] = needed[base][5] = true;
            if (mine.length > 1 && recipe.estimator() == Estimator.RATIO) {
                needed[mine[0]][4] = needed[mine[1]][4] = needed[mine[1]][5] = true;
            }
            if (mine.length > 1 && recipe.estimator() == Estimator.MEAN) {
                needed[mine[0]][3] = needed[mine[1]][5] = true;
            }
        }
        StringBuilder s = new StringBuilder(InsightQueries.rows(pivots.values(), components, scope, grouping,
                facts.holds(pivots.values(), soc) ? p -> facts.column(p, soc) : null)).append(" select o.k, count(*)");
        for (int i = 0; i < components.size(); i++) {
            String c = "o.c" + i;
            String[] sums = {"sum(w.weight * " + c + ")", "sum(case when " + c + " is not null then w.weight end)",
                    "sum(case when " + c + " is not null then w.weight * w.weight end)", "sum(w.weight * " + c + " * " + c + ")",
                    "sum(w.weight * w.weight * " + c + " * " + c + ")", "count(" + c + ")"};
            for (int at = 0; at < PER_COMPONENT; at++) {
                s.append(", ").append(needed[i][at] ? sums[at] : "0");
            }
        }
        for (int m = 0; m < entries.size(); m++) {
            int[] mine = indexes.get(m);
            boolean ratio = entries.get(m).recipe(soc != null).estimator() == Estimator.RATIO;
            s.append(mine.length > 1 && ratio ? ", sum(w.weight * w.weight * o.c" + mine[0] + " * o.c" + mine[1] + ")" : ", 0");
        }
        s.append(" from o ").append(WEIGHT_JOIN.formatted("o.organisation_id")).append(" group by o.k");
        var spec = jdbc.sql(s.toString()).param("rounds", scope.rounds()).param("area", scope.lsipCode())
                .param("kind", scope.audience()).param("codes", List.copyOf(codes))
                .param("wround", run.roundId()).param("wimport", run.importId());
        Map<String, double[]> rows = new LinkedHashMap<>();
        InsightQueries.bindFilter(spec, scope).query(rs -> {
            int columns = rs.getMetaData().getColumnCount();
            // values[1] is the count, as the first sum: the indexes below count from there
            double[] values = new double[columns];
            for (int c = 2; c <= columns; c++) {
                values[c - 1] = rs.getDouble(c);
            }
            rows.put(rs.getString(1), values);
        });
        Map<String, Map<String, Weighted>> result = new LinkedHashMap<>();
        int firstCross = 2 + components.size() * PER_COMPONENT;
        rows.forEach((key, row) -> {
            Map<String, Weighted> byMetric = new HashMap<>();
            for (int m = 0; m < entries.size(); m++) {
                CatalogueEntry entry = entries.get(m);
                int[] mine = indexes.get(m);
                List<WSums> sums = new ArrayList<>();
                for (int i : mine) {
                    int at = 2 + i * PER_COMPONENT;
                    sums.add(new WSums(row[at], row[at + 1], row[at + 2], row[at + 3], row[at + 4], (long) row[at + 5]));
                }
                byMetric.put(entry.metric().code(), estimate(entry.recipe(soc != null), entry.metric().percent(), sums,
                        row[firstCross + m]));
            }
            result.put(key, byMetric);
        });
        return result;
    }

    /**
     * For a table by the options of a choice question: per option, the sum of the weights of the responses that
     * chose it (in the SQL, as {@link InsightQueries#optionCounts} counts them unweighted).
     */
    Map<String, Double> optionWeights(String question, boolean occupationGroups, Scope scope, WeightRun run) {
        // The weight joined to the answers themselves (the read model carries district, section and size band): joined
        // to each response's row instead, a generic plan could read the chosen options once per response.
        String sql = "select x.k, sum(x.weight) from (" + InsightQueries.chosenOptions(question, occupationGroups, scope,
                "join weight_cell w on w.round_id = a.round_id and w.round_id = :wround and w.population_import_id = :wimport"
                        + " and w.lad_code = coalesce(a.lad_code, '-') and w.sic_section = a.sic_section"
                        + " and w.size_band = a.size_band") + ") x group by x.k";
        Map<String, Double> weights = new HashMap<>();
        InsightQueries.bindFilter(jdbc.sql(sql).param("rounds", scope.rounds()).param("area", scope.lsipCode())
                        .param("kind", scope.audience()).param("question", question)
                        .param("wround", run.roundId()).param("wimport", run.importId()), scope)
                .query(rs -> {
                    weights.put(rs.getString(1), rs.getDouble(2));
                });
        return weights;
    }

    /** Value, interval and design from the weighted sums (docs/population-and-provision.md, "Weighted figures"). */
    private static Weighted estimate(Recipe recipe, boolean percent, List<WSums> sums, double cross) {
        WSums base = sums.get(recipe.presence());
        double effective = Kish.effectiveSampleSize(base.weights(), base.squaredWeights());
        double deff = Kish.designEffect(base.count(), base.weights(), base.squaredWeights());
        WSums num = sums.get(0);
        WSums den = sums.size() > 1 ? sums.get(1) : null;
        Double value = null;
        Interval interval = null;
        switch (recipe.estimator()) {
            case SHARE -> {
                if (den != null && den.weighted() > 0) {
                    value = num.weighted() / den.weighted();
                    interval = Kish.wilson(value, effective, Kish.WILSON_EFFECTIVE);
                }
            }
            case RATIO -> {
                if (den != null && den.weighted() > 0) {
                    value = num.weighted() / den.weighted();
                    interval = ratio(value, num, den, cross, percent);
                }
            }
            case MEAN -> {
                if (den != null && den.weighted() > 0) {
                    value = num.weighted() / den.weighted();
                    interval = mean(value, num, den, effective);
                }
            }
            case VOLUME -> value = base.count() == 0 ? null : num.weighted();
            case RATIO_OF_RATIOS -> {
                if (sums.get(1).weighted() > 0 && sums.get(2).weighted() > 0 && sums.get(3).weighted() > 0) {
                    value = (sums.get(0).weighted() / sums.get(1).weighted()) / (sums.get(2).weighted() / sums.get(3).weighted());
                }
            }
        }
        return new Weighted(value, interval, base.count(), effective, deff, base.weights());
    }

    /**
     * R = sum(w y) / sum(w x): var(R) = n / (n - 1) * sum(w^2 (y - R x)^2) / (sum w x)^2, with
     * sum(w^2 (y - R x)^2) = sum(w^2 y^2) - 2 R sum(w^2 x y) + R^2 sum(w^2 x^2).
     */
    private static Interval ratio(double r, WSums y, WSums x, double cross, boolean percent) {
        long n = x.count();
        if (n < 2) {
            return null;
        }
        double residual = Math.max(0, y.squaredWeightedSquares() - 2 * r * cross + r * r * x.squaredWeightedSquares());
        double se = Math.sqrt(n / (n - 1.0) * residual) / x.weighted();
        double upper = r + Kish.Z * se;
        return new Interval(Math.max(0, r - Kish.Z * se), percent ? Math.min(Math.max(1, r), upper) : upper,
                Kish.LINEARISATION_WEIGHTED);
    }

    /** Weighted mean: the weighted variance over the effective sample size, normal approximation. */
    private static Interval mean(double mean, WSums values, WSums answered, double effective) {
        long n = answered.count();
        if (n < 2 || effective <= 0) {
            return null;
        }
        double variance = Math.max(0, values.weightedSquares() / answered.weighted() - mean * mean) * n / (n - 1.0);
        double half = Kish.Z * Math.sqrt(variance / effective);
        return new Interval(mean - half, mean + half, Kish.NORMAL_EFFECTIVE);
    }
}
