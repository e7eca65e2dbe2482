package uk.skillsplan.insight;

import java.util.Objects;

/**
 * What to set against what: employers' demand from an employer round, provision from a provider round
 * and from a DfE provision import, in one LSIP area.
 *
 * @param employerRound the employer survey round demand is read from
 * @param providerRound the provider survey round (subjects, levels, places filled), or {@code null} for none
 * @param provisionImport the DfE further-education import (achievements by subject area), or {@code null} for none
 * @param measure which employers' answers stand for demand
 * @param filter which employers (local authority, sector, size band; the occupation filter is not used)
 * @param level only providers that teach at this level ({@code ENTRY} .. {@code LEVEL_4_PLUS}), or {@code null}
 */
public record GapQuery(String lsipCode, long employerRound, Long providerRound, Long provisionImport,
                       DemandMeasure measure, InsightFilter filter, String level) {

    public GapQuery {
        Objects.requireNonNull(lsipCode, "lsipCode");
        measure = measure == null ? DemandMeasure.SSV_BY_OCCUPATION : measure;
        filter = filter == null ? InsightFilter.NONE : filter.withSocMajor(null);
    }

    public static GapQuery of(String lsipCode, long employerRound, Long providerRound, Long provisionImport) {
        return new GapQuery(lsipCode, employerRound, providerRound, provisionImport, DemandMeasure.SSV_BY_OCCUPATION,
                InsightFilter.NONE, null);
    }

    public GapQuery withMeasure(DemandMeasure other) {
        return new GapQuery(lsipCode, employerRound, providerRound, provisionImport, other, filter, level);
    }

    public GapQuery withFilter(InsightFilter other) {
        return new GapQuery(lsipCode, employerRound, providerRound, provisionImport, measure, other, level);
    }

    public GapQuery withLevel(String other) {
        return new GapQuery(lsipCode, employerRound, providerRound, provisionImport, measure, filter, other);
    }
}
