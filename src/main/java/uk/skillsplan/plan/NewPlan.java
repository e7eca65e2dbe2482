package uk.skillsplan.plan;

import java.util.List;
import uk.skillsplan.insight.Weighting;

/**
 * A plan to create: the cycle (for example 2026 to 2029), the survey rounds whose evidence it rests
 * on, weighted or not. {@code lsipCode} is only for administrators; everyone else plans their own area.
 */
public record NewPlan(String lsipCode, Integer cycleStart, Integer cycleEnd, List<Long> roundIds, Weighting weighting) {
}
