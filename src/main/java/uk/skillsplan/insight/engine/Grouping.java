package uk.skillsplan.insight.engine;

/** What one pass groups the organisations by: nothing (one cell), or a column of the response. */
enum Grouping {
    NONE(null),
    LOCAL_AUTHORITY("a.lad_code"),
    SIC_SECTION("a.sic_section"),
    SIZE_BAND("a.size_band");

    /** Key of a response without a value for the grouping column. */
    static final String NOT_RECORDED = "-";

    private final String column;

    Grouping(String column) {
        this.column = column;
    }

    String keySql() {
        return column == null ? "'ALL'" : "coalesce(" + column + ", '" + NOT_RECORDED + "')";
    }

    boolean grouped() {
        return column != null;
    }
}
