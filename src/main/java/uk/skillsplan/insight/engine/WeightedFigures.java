package uk.skillsplan.insight.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.insight.Breakdown;
import uk.skillsplan.insight.FigureRow;
import uk.skillsplan.insight.FigureTable;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.MetricQuery;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.insight.catalogue.CatalogueEntry;
import uk.skillsplan.insight.disclosure.DisclosureControl;
import uk.skillsplan.insight.disclosure.RawCell;
import uk.skillsplan.insight.weights.Kish;
import uk.skillsplan.insight.weights.WeightRun;
import uk.skillsplan.insight.weights.Weights;

/**
 * What the insight service needs for weighted queries: which can be answered, their weighted cells, and weighted
 * tables whose suppression pattern is the unweighted table's (docs/population-and-provision.md, "Weighted figures").
 */
@Component
class WeightedFigures {

    private final Weights weights;
    private final WeightedCells cells;
    private final DisclosureControl disclosure;

    WeightedFigures(Weights weights, WeightedCells cells, DisclosureControl disclosure) {
        this.weights = weights;
        this.cells = cells;
        this.disclosure = disclosure;
    }

    /**
     * A weighted query needs one employer round and the area's business population: weights are made per round
     * (over several an organisation would carry two weights), and only employers have an industry and size band.
     */
    void check(MetricQuery query, Metric metric) {
        if (query.weighting() != Weighting.WEIGHTED) {
            return;
        }
        if (!"EMPLOYER".equals(metric.audience())) {
            throw new NotFoundException("Weights are for employers' answers: " + metric.name() + " is not weighted.");
        }
        if (query.rounds().size() != 1) {
            throw new NotFoundException("Weighted figures are computed one survey round at a time: ask for one round, "
                    + "or for unweighted figures over several.");
        }
        if (weights.population(query.lsipCode()).isEmpty()) {
            throw new NotFoundException("Weighted figures need the area's business population, and none has been "
                    + "imported yet: ask for unweighted figures, or import the population first.");
        }
    }

    /** The weighted cells of {@code entries} when any of {@code queries} is weighted (all share one scope); else none. */
    Map<String, WeightedCells.Weighted> cells(List<MetricQuery> queries, List<CatalogueEntry> entries, Scope scope) {
        if (queries.stream().noneMatch(q -> q.weighting() == Weighting.WEIGHTED)) {
            return Map.of();
        }
        return cells.cells(entries, scope, run(scope));
    }

    /** Computes the weighted cells of these metrics by {@code grouping} in one pass, for the tables that follow. */
    void prefetch(List<CatalogueEntry> entries, Scope scope, Grouping grouping) {
        WeightRun run = run(scope);
        cells.cells(entries, scope, run);
        cells.cells(entries, scope, run, grouping);
    }

    /**
     * The weighted table: disclosure control decides on the unweighted table's cells ({@code plain}); the shown
     * cells get the weighted value, interval and design. {@code occupations}: an option table's rows are SOC groups.
     */
    FigureTable table(MetricQuery query, CatalogueEntry entry, Breakdown by, Scope scope, CellComputer.Table plain,
                      boolean occupations) {
        WeightRun run = run(scope);
        String code = entry.metric().code();
        WeightedCells.Weighted total = cells.cells(List.of(entry), scope, run).getOrDefault(code, WeightedCells.Weighted.NONE);
        List<WeightedCells.Weighted> rows = new ArrayList<>();
        switch (by) {
            case LOCAL_AUTHORITY, SIC_SECTION, SIZE_BAND -> {
                Map<String, Map<String, WeightedCells.Weighted>> grouped = cells.cells(List.of(entry), scope, run, grouping(by));
                plain.rows().forEach(r -> rows.add(grouped.getOrDefault(r.key(), Map.of())
                        .getOrDefault(code, WeightedCells.Weighted.NONE)));
            }
            case SOC_MAJOR -> plain.rows().forEach(r -> rows.add(cells.cells(List.of(entry),
                    scope.withFilter(scope.filter().withSocMajor(Integer.valueOf(r.key()))), run)
                    .getOrDefault(code, WeightedCells.Weighted.NONE)));
            case OPTION -> {
                Map<String, Double> chosen = cells.optionWeights(entry.establishment().optionQuestion(), occupations, scope, run);
                plain.rows().forEach(r -> rows.add(option(chosen.getOrDefault(r.key(), 0.0), total)));
            }
        }
        List<RawCell> shown = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            shown.add(rows.get(i).over(plain.rows().get(i)));
        }
        FigureTable table = disclosure.weightedTable(query, entry.metric(), by, plain.rows(), plain.total(), plain.additive(),
                plain.overlapping(), shown, total.over(plain.total()));
        List<FigureRow> designed = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            FigureRow row = table.rows().get(i);
            designed.add(row.figure().suppressed() ? row : new FigureRow(row.key(), row.label(), row.figure(), rows.get(i).design()));
        }
        return new FigureTable(query, by, designed, table.total(), table.total().suppressed() ? null : total.design());
    }

    /**
     * An option's weighted share: the weights of the responses that chose it over the weights of those that answered
     * (the total's base), with Wilson's interval on the base's effective sample size.
     */
    private static WeightedCells.Weighted option(double chosen, WeightedCells.Weighted base) {
        if (base.baseWeight() <= 0 || base.effectiveSampleSize() <= 0) {
            return WeightedCells.Weighted.NONE;
        }
        double share = chosen / base.baseWeight();
        return new WeightedCells.Weighted(share, Kish.wilson(share, base.effectiveSampleSize(), Kish.WILSON_EFFECTIVE),
                base.responses(), base.effectiveSampleSize(), base.designEffect(), base.baseWeight());
    }

    private static Grouping grouping(Breakdown by) {
        return switch (by) {
            case LOCAL_AUTHORITY -> Grouping.LOCAL_AUTHORITY;
            case SIC_SECTION -> Grouping.SIC_SECTION;
            default -> Grouping.SIZE_BAND;
        };
    }

    private WeightRun run(Scope scope) {
        return weights.current(scope.rounds().getFirst(), scope.lsipCode()).orElseThrow(() -> new NotFoundException(
                "Weighted figures need the area's business population, and none has been imported yet."));
    }
}
