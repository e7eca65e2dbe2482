package uk.skillsplan.insight;

/**
 * One industry x size band cell of the coverage table: the businesses there (ONS, public) against
 * the survey's responses, both as disclosure-controlled figures.
 *
 * @param industryKey the population's industry (a broad industry group, groups 5-7 together, or a SIC section)
 * @param sizeBand micro, small, medium, large
 * @param responses submitted responses in the cell (a {@link Figure}: suppressed when too few)
 * @param responseRate responses per business, 0..1 (a {@link Figure}: suppressed with the responses)
 * @param underRepresented flagged by the rule in {@link PopulationCoverage#RULE}
 */
public record PopulationCoverageCell(String industryKey, String industryLabel, String sizeBand, long businesses,
                                     Figure responses, Figure responseRate, boolean underRepresented) {
}
