package uk.skillsplan.insight;

import java.util.List;
import java.util.Objects;

/**
 * A question to the evidence, as a value that can be stored and computed again later (the plan
 * stores these, never numbers): which metric, over which rounds, in which LSIP area, for which
 * establishments, weighted or not.
 */
public record MetricQuery(String metric, List<Long> rounds, String lsipCode, InsightFilter filter, Weighting weighting) {

    public MetricQuery {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(lsipCode, "lsipCode");
        rounds = List.copyOf(rounds);
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("A query needs at least one survey round.");
        }
        filter = filter == null ? InsightFilter.NONE : filter;
        weighting = weighting == null ? Weighting.UNWEIGHTED : weighting;
    }

    public static MetricQuery of(String metric, long round, String lsipCode) {
        return new MetricQuery(metric, List.of(round), lsipCode, InsightFilter.NONE, Weighting.UNWEIGHTED);
    }

    public MetricQuery withFilter(InsightFilter other) {
        return new MetricQuery(metric, rounds, lsipCode, other, weighting);
    }

    public MetricQuery withMetric(String other) {
        return new MetricQuery(other, rounds, lsipCode, filter, weighting);
    }

    public MetricQuery withWeighting(Weighting other) {
        return new MetricQuery(metric, rounds, lsipCode, filter, other);
    }
}
