package uk.skillsplan.insight.weights;

import java.time.Instant;

/**
 * One computation of a round's weights against one population import.
 *
 * @param cap the trimming cap ({@code trimFactor} x the mean weight), or {@code null} without trimming
 * @param converged whether raking reached its tolerance (true without raking)
 * @param responses employer responses weighted
 * @param unweighted employer responses without a section or size band (or, raking, a district) to weight by
 * @param fingerprint what the round's responses were when computed (stale when it changes)
 */
public record WeightRun(long roundId, long importId, Calibration.Options options, boolean converged, Double cap,
                        long businesses, int responses, int unweighted, double sumOfWeights, double sumOfSquares,
                        String fingerprint, Instant computedAt) {

    public double effectiveSampleSize() {
        return Kish.effectiveSampleSize(sumOfWeights, sumOfSquares);
    }

    public double designEffect() {
        return Kish.designEffect(responses, sumOfWeights, sumOfSquares);
    }
}
