package uk.skillsplan.plan;

import java.util.List;
import uk.skillsplan.insight.Weighting;

/**
 * A plan to create: the cycle (for example 2026 to 2029), the survey rounds whose evidence it rests
 * on, weighted or not, and the business population and provision data imports it rests on
 * ({@code null}: the area's latest when the draft is generated). {@code lsipCode} is only for
 * administrators; everyone else plans their own area.
 */
public record NewPlan(String lsipCode, Integer cycleStart, Integer cycleEnd, List<Long> roundIds, Weighting weighting,
                      Long populationImportId, Long provisionImportId) {

    /** A plan resting on the area's latest population and provision imports. */
    public NewPlan(String lsipCode, Integer cycleStart, Integer cycleEnd, List<Long> roundIds, Weighting weighting) {
        this(lsipCode, cycleStart, cycleEnd, roundIds, weighting, null, null);
    }
}
