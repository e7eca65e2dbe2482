package uk.skillsplan.insight.population;

import java.util.List;
import java.util.Map;
import uk.skillsplan.insight.PopulationIndustryScheme;

/**
 * Matches the survey's SIC 2007 sections to the population's industries. Where the population uses
 * the 18 UK Business Counts broad industry groups, each section goes to its group (B, D and E to
 * group 2; R, S, T and U to group 18), and section G - which Nomis splits into motor trades,
 * wholesale and retail (groups 5, 6 and 7) - is compared with those three groups together, since a
 * respondent's section cannot say which of the three it is.
 */
public final class IndustryCells {

    public static final String SECTION_G_GROUPS = "5-7";
    private static final Map<String, String> GROUP_OF_SECTION = Map.ofEntries(Map.entry("A", "1"), Map.entry("B", "2"),
            Map.entry("D", "2"), Map.entry("E", "2"), Map.entry("C", "3"), Map.entry("F", "4"),
            Map.entry("G", SECTION_G_GROUPS), Map.entry("H", "8"), Map.entry("I", "9"), Map.entry("J", "10"),
            Map.entry("K", "11"), Map.entry("L", "12"), Map.entry("M", "13"), Map.entry("N", "14"), Map.entry("O", "15"),
            Map.entry("P", "16"), Map.entry("Q", "17"), Map.entry("R", "18"), Map.entry("S", "18"), Map.entry("T", "18"),
            Map.entry("U", "18"));

    private IndustryCells() {
    }

    /** The coverage cell of a population industry code. */
    public static String ofPopulation(PopulationIndustryScheme scheme, String industryCode) {
        if (scheme == PopulationIndustryScheme.BROAD_INDUSTRY_GROUP
                && (industryCode.equals("5") || industryCode.equals("6") || industryCode.equals("7"))) {
            return SECTION_G_GROUPS;
        }
        return industryCode;
    }

    /** The coverage cell of a respondent's SIC section, or {@code null} when it has none. */
    public static String ofSection(PopulationIndustryScheme scheme, String section) {
        if (section == null || section.isBlank()) {
            return null;
        }
        return scheme == PopulationIndustryScheme.SIC_SECTION ? section : GROUP_OF_SECTION.get(section);
    }

    /** The SIC sections counted in a coverage cell (the reverse of {@link #ofSection}), alphabetical. */
    public static List<String> sectionsOf(PopulationIndustryScheme scheme, String cell) {
        if (scheme == PopulationIndustryScheme.SIC_SECTION) {
            return List.of(cell);
        }
        return GROUP_OF_SECTION.entrySet().stream().filter(e -> e.getValue().equals(cell)).map(Map.Entry::getKey)
                .sorted().toList();
    }

    public static String mapping(PopulationIndustryScheme scheme) {
        return scheme == PopulationIndustryScheme.SIC_SECTION
                ? "The population and the survey both use SIC 2007 sections."
                : "The population uses the 18 UK Business Counts broad industry groups and the survey SIC 2007 "
                + "sections: each section is counted in its group (B, D and E in group 2; R, S, T and U in group 18), "
                + "and section G is compared with groups 5-7 (motor trades, wholesale, retail) together, which a "
                + "section cannot tell apart.";
    }
}
