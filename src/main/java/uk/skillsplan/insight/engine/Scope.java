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

    /**
     * The same scope with every non-empty set of its filter conditions taken away (what a differencing
     * attack would compare with): not only one at a time, since two conditions taken away together can
     * isolate employers that neither one alone does (for example the few outside both the district and
     * the sector of a filter). At most the five conditions below, so at most 31 wider scopes; the usual
     * one or two conditions give one or three.
     */
    List<Scope> wider() {
        List<java.util.function.UnaryOperator<InsightFilter>> removals = new java.util.ArrayList<>();
        if (filter.ladCode() != null) {
            removals.add(f -> f.withLocalAuthority(null));
        }
        if (filter.sicSection() != null) {
            removals.add(f -> f.withSicSection(null));
        }
        if (filter.sizeBand() != null) {
            removals.add(f -> f.withSizeBand(null));
        }
        if (filter.socMajor() != null) {
            removals.add(f -> f.withSocMajor(null));
        }
        if (filter.exceptSizeBand() != null) {
            removals.add(f -> f.withoutSizeBand(null));
        }
        java.util.ArrayList<Scope> wider = new java.util.ArrayList<>();
        // Single conditions first, then pairs and so on (masks in order of how many bits they set).
        for (int size = 1; size <= removals.size(); size++) {
            for (int mask = 1; mask < 1 << removals.size(); mask++) {
                if (Integer.bitCount(mask) != size) {
                    continue;
                }
                InsightFilter widened = filter;
                for (int i = 0; i < removals.size(); i++) {
                    if ((mask & 1 << i) != 0) {
                        widened = removals.get(i).apply(widened);
                    }
                }
                wider.add(withFilter(widened));
            }
        }
        return wider;
    }
}
