package uk.skillsplan.insight;

import java.util.List;

/**
 * How well a round's responses cover the business population, for the area or one local
 * authority: responses against businesses per industry x size band.
 *
 * @param ladCode the local authority, or {@code null} for the whole area
 * @param population the population import used (the area's latest), or {@code null} when there is none
 * @param mapping how the survey's SIC sections were matched to the population's industries, in words
 * @param unclassified submitted responses without a SIC section or size band (not in any cell)
 * @param overallRate responses per business over the whole table (a {@link Figure})
 */
public record PopulationCoverage(long roundId, String lsipCode, String ladCode, PopulationImportSummary population,
                                 String mapping, List<PopulationCoverageCell> cells, long businesses,
                                 Figure responses, Figure overallRate, int unclassified) {

    /** The rule that flags a cell as under-represented, said once for code and people. */
    public static final String RULE = "A cell is flagged as under-represented when it has at least 10 businesses and "
            + "its response rate is below half the response rate of the whole table (the area, or the local "
            + "authority shown).";
    public static final int FLAG_MIN_BUSINESSES = 10;
    public static final double FLAG_SHARE_OF_OVERALL = 0.5;

    public PopulationCoverage {
        cells = List.copyOf(cells);
    }

    /** Whether a cell with these numbers is flagged: {@link #RULE}. */
    public static boolean underRepresented(long businesses, long responses, double overallRate) {
        return businesses >= FLAG_MIN_BUSINESSES && (double) responses / businesses < FLAG_SHARE_OF_OVERALL * overallRate;
    }
}
