package uk.skillsplan.insight;

/**
 * Which establishments a figure is about, within the query's area: any part may be {@code null}
 * (no restriction). Values are codes: ONS local authority code, SIC section letter, size band code,
 * SOC 2020 major group 1-9 (for the metrics asked per occupation, it picks the grid row).
 */
public record InsightFilter(String ladCode, String sicSection, String sizeBand, Integer socMajor) {

    public static final InsightFilter NONE = new InsightFilter(null, null, null, null);

    public InsightFilter withLocalAuthority(String code) {
        return new InsightFilter(code, sicSection, sizeBand, socMajor);
    }

    public InsightFilter withSicSection(String code) {
        return new InsightFilter(ladCode, code, sizeBand, socMajor);
    }

    public InsightFilter withSizeBand(String code) {
        return new InsightFilter(ladCode, sicSection, code, socMajor);
    }

    public InsightFilter withSocMajor(Integer group) {
        return new InsightFilter(ladCode, sicSection, sizeBand, group);
    }

    public boolean isEmpty() {
        return ladCode == null && sicSection == null && sizeBand == null && socMajor == null;
    }
}
