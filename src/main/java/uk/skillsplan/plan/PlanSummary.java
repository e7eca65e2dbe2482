package uk.skillsplan.plan;

import java.time.Instant;
import java.util.List;
import uk.skillsplan.insight.Weighting;

/**
 * A plan as lists and headers show it. {@code revision} goes up with every saved section text.
 * {@code populationImportId} and {@code provisionImportId} name the imports it rests on (null: none
 * chosen yet); {@code followsPlanId} the published plan this edition was started from.
 */
public record PlanSummary(long id, String lsipCode, String areaName, int cycleStart, int cycleEnd, int edition,
                          String title, PlanStatus status, int revision, List<Long> roundIds, Weighting weighting,
                          Instant generatedAt, Instant publishedAt, Long populationImportId, Long provisionImportId,
                          Long followsPlanId) {

    public PlanSummary(long id, String lsipCode, String areaName, int cycleStart, int cycleEnd, int edition, String title,
                       PlanStatus status, int revision, List<Long> roundIds, Weighting weighting, Instant generatedAt,
                       Instant publishedAt) {
        this(id, lsipCode, areaName, cycleStart, cycleEnd, edition, title, status, revision, roundIds, weighting,
                generatedAt, publishedAt, null, null, null);
    }

    public String cycle() {
        return cycleStart + "-" + cycleEnd;
    }
}
