package uk.skillsplan.insight;

/**
 * Which establishments a figure is about, within the query's area: any part may be {@code null}
 * (no restriction). Values are codes: ONS local authority code, SIC section letter, size band code,
 * SOC 2020 major group 1-9 (for the metrics asked per occupation, it picks the grid row).
 * {@code exceptSizeBand} leaves one size band out (every establishment but those of that band, and
 * those without a band), for the plan's sensitivity check; disclosure control treats it as one more
 * filter condition, so a figure that would give away the band left out is hidden.
 */
public record InsightFilter(String ladCode, String sicSection, String sizeBand, Integer socMajor, String exceptSizeBand) {

    public static final InsightFilter NONE = new InsightFilter(null, null, null, null, null);

    public InsightFilter(String ladCode, String sicSection, String sizeBand, Integer socMajor) {
        this(ladCode, sicSection, sizeBand, socMajor, null);
    }

    public InsightFilter withLocalAuthority(String code) {
        return new InsightFilter(code, sicSection, sizeBand, socMajor, exceptSizeBand);
    }

    public InsightFilter withSicSection(String code) {
        return new InsightFilter(ladCode, code, sizeBand, socMajor, exceptSizeBand);
    }

    public InsightFilter withSizeBand(String code) {
        return new InsightFilter(ladCode, sicSection, code, socMajor, exceptSizeBand);
    }

    public InsightFilter withSocMajor(Integer group) {
        return new InsightFilter(ladCode, sicSection, sizeBand, group, exceptSizeBand);
    }

    /** Every size band but this one ({@code null}: no band left out). */
    public InsightFilter withoutSizeBand(String code) {
        return new InsightFilter(ladCode, sicSection, sizeBand, socMajor, code);
    }

    public boolean isEmpty() {
        return ladCode == null && sicSection == null && sizeBand == null && socMajor == null && exceptSizeBand == null;
    }
}
