package uk.skillsplan.outreach;

/** The outreach counts of one cell (SIC section by size band) of a round: organisations, not contacts. */
public record OutreachCell(String sicSection, String sizeBand, int audience, int invited, int opened, int started,
                           int submitted, int optedOut) {
}
