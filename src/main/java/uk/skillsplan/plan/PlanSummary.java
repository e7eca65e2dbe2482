package uk.skillsplan.plan;

import java.time.Instant;
import java.util.List;
import uk.skillsplan.insight.Weighting;

/** A plan as lists and headers show it. {@code revision} goes up with every saved section text. */
public record PlanSummary(long id, String lsipCode, String areaName, int cycleStart, int cycleEnd, int edition,
                          String title, PlanStatus status, int revision, List<Long> roundIds, Weighting weighting,
                          Instant generatedAt, Instant publishedAt) {

    public String cycle() {
        return cycleStart + "-" + cycleEnd;
    }
}
