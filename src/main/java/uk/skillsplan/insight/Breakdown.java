package uk.skillsplan.insight;

/** What a table of figures is broken down by: one row per value, plus the total. */
public enum Breakdown {
    LOCAL_AUTHORITY("Local authority"),
    SIC_SECTION("Sector (SIC 2007 section)"),
    SIZE_BAND("Size band"),
    SOC_MAJOR("Occupation (SOC 2020 major group)"),
    /** One row per option of the metric's choice question (for {@link MetricKind#OPTION_SHARES}). */
    OPTION("Answer");

    private final String label;

    Breakdown(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
