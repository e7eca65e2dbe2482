package uk.skillsplan.plan;

import java.time.Instant;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.MetricQuery;

/**
 * A figure link of the plan: the stored query, what the text says and the value it used, and (after
 * a recomputation) the figure now. {@code changed} when the figure now differs from the one written;
 * {@code problem} says why it could not be recomputed (for example the evidence no longer exists).
 */
public record EvidenceDetail(long linkId, long planId, long sectionId, String sectionTitle, Metric metric,
                             MetricQuery query, Double valueUsed, int baseUsed, boolean caution, String words,
                             Instant computedAt, Figure now, String newWords, boolean changed,
                             String problem) {
}
