package uk.skillsplan.insight;

import java.util.List;

/**
 * Demand against provision by sector subject area, every figure through disclosure control: one row
 * per subject area (Preparation for Life and Work is left out, it serves no one occupation or sector)
 * and each side's total, its base.
 *
 * @param provisionYear the DfE import's academic year ("2021/22"), or {@code null} without an import
 */
public record DemandProvisionGaps(GapQuery query, List<SubjectGap> rows, Figure demandTotal, Figure placesTotal,
                                  Figure achievementsTotal, String provisionYear) {

    /** Said wherever the figures are shown. */
    public static final String APPROXIMATION = "Demand is mapped to subject areas through our own crosswalk from "
            + "occupations (SOC 2020) and sectors (SIC 2007) to sector subject areas: no official one exists, so "
            + "treat the mapping, and the gap index, as an approximation.";

    public DemandProvisionGaps {
        rows = List.copyOf(rows);
    }
}
