package uk.skillsplan.insight;

/**
 * Businesses of one district, industry and broad size band in one year, as a population import
 * holds them (districts merged in April 2023 already summed into their successor).
 *
 * @param industryCode {@code 1}..{@code 18} for a broad industry group, {@code A}..{@code U} for a SIC section
 * @param sizeBand the directory's size band code: micro, small, medium, large
 */
public record PopulationCount(int year, String ladCode, String industryCode, String industryName, String sizeBand,
                              int businesses) {
}
