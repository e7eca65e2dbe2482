package uk.skillsplan.insight;

import java.util.List;
import java.util.Optional;

/**
 * Weighted figures beside unweighted ones, and the weights behind them (docs/population-and-provision.md,
 * "Weights"). Weights exist for employer rounds of an area with an imported business population.
 */
public interface WeightedInsightService {

    /** Each query (one round, employer metrics) unweighted and weighted; the caller must be able to analyse the area. */
    List<WeightedComparison> compare(List<MetricQuery> queries);

    /** The round's current weights (computed now if the round's responses changed since); empty without a population. */
    Optional<WeightingSummary> weights(long roundId);

    /** Computes the round's weights again with these options: the ERB lead of the round's area or an administrator. */
    WeightingSummary recompute(long roundId, int minResponses, boolean rake, Double trimFactor);
}
