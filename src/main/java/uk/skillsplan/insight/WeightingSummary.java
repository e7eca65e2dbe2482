package uk.skillsplan.insight;

import java.time.Instant;
import java.util.List;

/**
 * A round's weights as they stand: which population they were computed against, how, when, and the
 * strata with their margins (businesses against the weighted total, which are equal unless trimmed).
 *
 * @param minResponses the smallest number of responses a stratum (and, raking, a district group) may have before it is merged
 * @param trimFactor the cap as a multiple of the mean weight, or {@code null} without trimming
 * @param cap the cap itself, or {@code null}
 * @param converged whether raking reached its tolerance (true without raking)
 * @param unweighted responses without a sector or size band (or, raking, a district) to weight by
 */
public record WeightingSummary(long roundId, PopulationImportSummary population, int minResponses, boolean raked,
                               Double trimFactor, Double cap, boolean converged, long businesses, int responses,
                               int unweighted, double effectiveSampleSize, double designEffect, Instant computedAt,
                               List<Stratum> strata) {

    /** One stratum: its industry x size band cells (industry|band) and margins. */
    public record Stratum(List<String> cells, long businesses, long responses, double weight, double weightedTotal,
                          boolean trimmed) {
    }
}
