package uk.skillsplan.insight;

import java.util.List;

/** What one year of a population file would import for the area: the confirmation screen shows it. */
public record PopulationYearSummary(int year, List<String> districts, int industries, long totalBusinesses) {

    public PopulationYearSummary {
        districts = List.copyOf(districts);
    }
}
