package uk.skillsplan.insight.engine;

import java.util.List;
import uk.skillsplan.insight.InsightFilter;

/**
 * Which submitted responses a pass reads: rounds, area, the kind of respondent, the filter, and -
 * for "how you compare" only - one organisation's own answers.
 */
record Scope(List<Long> rounds, String lsipCode, String audience, InsightFilter filter, Long organisation) {

    Scope {
        rounds = List.copyOf(rounds);
        filter = filter == null ? InsightFilter.NONE : filter;
    }

    Scope withFilter(InsightFilter other) {
        return new Scope(rounds, lsipCode, audience, other, organisation);
    }

    /** The same scope with each filter condition taken away in turn (what a differencing attack would compare with). */
    List<Scope> wider() {
        java.util.ArrayList<Scope> wider = new java.util.ArrayList<>();
        if (filter.ladCode() != null) {
            wider.add(withFilter(filter.withLocalAuthority(null)));
        }
        if (filter.sicSection() != null) {
            wider.add(withFilter(filter.withSicSection(null)));
        }
        if (filter.sizeBand() != null) {
            wider.add(withFilter(filter.withSizeBand(null)));
        }
        if (filter.socMajor() != null) {
            wider.add(withFilter(filter.withSocMajor(null)));
        }
        if (filter.exceptSizeBand() != null) {
            wider.add(withFilter(filter.withoutSizeBand(null)));
        }
        return wider;
    }
}
