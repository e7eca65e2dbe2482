package uk.skillsplan.insight.engine;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.MetricQuery;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.insight.catalogue.CatalogueEntry;
import uk.skillsplan.insight.weights.WeightRun;
import uk.skillsplan.insight.weights.Weights;

/** What the insight service needs for weighted queries: which can be answered, and their weighted cells. */
@Component
class WeightedFigures {

    private final Weights weights;
    private final WeightedCells cells;

    WeightedFigures(Weights weights, WeightedCells cells) {
        this.weights = weights;
        this.cells = cells;
    }

    /** A weighted query needs one employer round, no occupation filter and the area's business population. */
    void check(MetricQuery query, Metric metric) {
        if (query.weighting() != Weighting.WEIGHTED) {
            return;
        }
        if (!"EMPLOYER".equals(metric.audience())) {
            throw new NotFoundException("Weights are for employers' answers: " + metric.name() + " is not weighted.");
        }
        if (query.rounds().size() != 1) {
            throw new NotFoundException("Weighted figures are computed one survey round at a time.");
        }
        if (query.filter().socMajor() != null) {
            throw new NotFoundException("Weighted figures are not available for one occupation group: ask for unweighted figures.");
        }
        if (weights.population(query.lsipCode()).isEmpty()) {
            throw new NotFoundException("Weighted figures need the area's business population, and none has been "
                    + "imported yet: ask for unweighted figures, or import the population first.");
        }
    }

    void refuseTable(MetricQuery query) {
        if (query.weighting() == Weighting.WEIGHTED) {
            throw new NotFoundException("Weighted breakdowns are not available: the headline figures can be weighted, "
                    + "tables by place, sector or size are unweighted.");
        }
    }

    /** The weighted cells of {@code entries} when any of {@code queries} is weighted (all share one scope); else none. */
    Map<String, WeightedCells.Weighted> cells(List<MetricQuery> queries, List<CatalogueEntry> entries, Scope scope) {
        if (queries.stream().noneMatch(q -> q.weighting() == Weighting.WEIGHTED)) {
            return Map.of();
        }
        WeightRun run = weights.current(scope.rounds().getFirst(), scope.lsipCode()).orElseThrow(() -> new NotFoundException(
                "Weighted figures need the area's business population, and none has been imported yet."));
        return cells.cells(entries, scope, run);
    }
}
