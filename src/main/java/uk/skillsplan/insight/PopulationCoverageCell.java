package uk.skillsplan.insight;

import java.util.List;
import uk.skillsplan.response.ChaseFilter;

/**
 * One industry x size band cell of the coverage table: the businesses there (ONS, public) against
 * the survey's responses, both as disclosure-controlled figures.
 *
 * @param industryKey the population's industry (a broad industry group, groups 5-7 together, or a SIC section)
 * @param sizeBand micro, small, medium, large
 * @param responses submitted responses in the cell (a {@link Figure}: suppressed when too few)
 * @param responseRate responses per business, 0..1 (a {@link Figure}: suppressed with the responses)
 * @param underRepresented flagged by the rule in {@link PopulationCoverage#RULE}
 * @param sicSections the survey's SIC sections counted in this industry (one, or several for a broad group)
 */
public record PopulationCoverageCell(String industryKey, String industryLabel, String sizeBand, long businesses,
                                     Figure responses, Figure responseRate, boolean underRepresented,
                                     List<String> sicSections) {

    public PopulationCoverageCell {
        sicSections = List.copyOf(sicSections);
    }

    /** The round's chase list narrowed to this cell's organisations (and the local authority shown, if any). */
    public ChaseFilter chaseFilter(String ladCode) {
        return new ChaseFilter(java.util.Set.copyOf(sicSections), sizeBand, ladCode);
    }
}
