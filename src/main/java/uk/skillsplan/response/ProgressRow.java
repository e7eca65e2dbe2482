package uk.skillsplan.response;

/** Response counts for one group of a round's audience (a local authority, a sector or a size band). */
public record ProgressRow(String code, String label, int invited, int started, int submitted) {

    public int submittedPercent() {
        return invited == 0 ? 0 : Math.round(100f * submitted / invited);
    }
}
