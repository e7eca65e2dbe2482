package uk.skillsplan.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a typical site in one SIC section looks like, for synthetic responses: its share of the
 * business population, whether its sites run larger, the mix of its staff across the nine SOC
 * major groups, how often it recruits and finds it hard, and the skills and jobs it talks about.
 * The figures are rounded, illustrative readings of ONS UK Business Counts, the Labour Force
 * Survey and the Employer Skills Survey: plausible, not official.
 */
record SectorProfile(String sic, double businessShare, boolean largerSites, double[] occupationMix,
                     double vacancyFactor, double hardToFillFactor, List<String> skillsStressed,
                     List<String> occupations) {

    private static final Map<String, SectorProfile> BY_SECTION = new LinkedHashMap<>();

    static {
        // sic, share %, larger sites, staff by SOC major group 1..9, vacancy and hard-to-fill factors,
        // skills the sector stresses, SOC 2020 unit groups it recruits or plans for.
        add("A", 4, false, mix(14, 2, 3, 5, 35, 0, 2, 12, 27), 0.9, 1.1,
                List.of("TECHNICAL_PRACTICAL", "SECTOR_SPECIFIC_LICENCES", "GREEN"), List.of("5111", "9111", "8229"));
        add("B", 0.2, true, mix(10, 10, 10, 8, 25, 0, 0, 27, 10), 1.0, 1.1,
                List.of("TECHNICAL_PRACTICAL", "SECTOR_SPECIFIC_LICENCES"), List.of("8229", "3113", "2129"));
        add("C", 6, true, mix(10, 8, 8, 8, 25, 0, 3, 25, 13), 1.1, 1.15,
                List.of("TECHNICAL_PRACTICAL", "ADVANCED_DIGITAL", "PROBLEM_SOLVING", "GREEN"),
                List.of("5223", "5221", "3113", "2122", "8111", "2125", "5211"));
        add("D", 0.3, true, mix(12, 20, 20, 12, 20, 0, 6, 5, 5), 1.1, 1.2,
                List.of("TECHNICAL_PRACTICAL", "GREEN", "ADVANCED_DIGITAL"), List.of("2123", "5241", "3113"));
        add("E", 0.5, true, mix(10, 5, 7, 10, 15, 0, 3, 25, 25), 1.0, 1.0,
                List.of("TECHNICAL_PRACTICAL", "SECTOR_SPECIFIC_LICENCES", "GREEN"), List.of("8211", "9222", "5223"));
        add("F", 12, false, mix(14, 8, 8, 8, 45, 0, 1, 6, 10), 1.0, 1.2,
                List.of("TECHNICAL_PRACTICAL", "SECTOR_SPECIFIC_LICENCES", "GREEN"),
                List.of("5241", "5315", "5316", "5313", "5330", "2455", "9129"));
        add("G", 15, false, mix(12, 2, 4, 6, 8, 1, 50, 5, 12), 1.1, 0.85,
                List.of("CUSTOMER_HANDLING", "COMMUNICATION", "BASIC_DIGITAL"),
                List.of("7111", "7112", "7132", "1150", "5231", "9252"));
        add("H", 4, true, mix(8, 2, 5, 15, 5, 2, 5, 45, 13), 1.1, 1.1,
                List.of("SECTOR_SPECIFIC_LICENCES", "BASIC_DIGITAL", "CUSTOMER_HANDLING"),
                List.of("8211", "9252", "8229", "7219"));
        add("I", 9, false, mix(12, 0, 2, 2, 15, 4, 10, 0, 55), 1.3, 1.15,
                List.of("CUSTOMER_HANDLING", "TEAMWORK", "TECHNICAL_PRACTICAL", "ENGLISH_LANGUAGE"),
                List.of("5434", "9263", "9264", "9265", "1221"));
        add("J", 6, false, mix(15, 45, 20, 8, 3, 0, 7, 1, 1), 1.1, 1.1,
                List.of("ADVANCED_DIGITAL", "PROBLEM_SOLVING", "MANAGEMENT_LEADERSHIP"),
                List.of("2134", "2135", "2141", "3544", "3132", "3133"));
        add("K", 2, false, mix(15, 20, 30, 25, 0, 0, 8, 0, 2), 0.9, 0.9,
                List.of("ADVANCED_DIGITAL", "COMMUNICATION", "CUSTOMER_HANDLING"), List.of("2421", "3544", "7219"));
        add("L", 4, false, mix(20, 8, 25, 25, 7, 0, 10, 0, 5), 0.8, 0.8,
                List.of("CUSTOMER_HANDLING", "BASIC_DIGITAL", "COMMUNICATION"), List.of("7219", "2455"));
        add("M", 13, false, mix(15, 40, 20, 18, 3, 0, 2, 0, 2), 1.0, 1.1,
                List.of("ADVANCED_DIGITAL", "MANAGEMENT_LEADERSHIP", "COMMUNICATION", "PROBLEM_SOLVING"),
                List.of("2421", "2412", "2121", "2127", "2432", "3554"));
        add("N", 8, false, mix(8, 4, 8, 12, 6, 5, 12, 10, 35), 1.1, 0.85,
                List.of("CUSTOMER_HANDLING", "TEAMWORK", "ENGLISH_LANGUAGE", "SECTOR_SPECIFIC_LICENCES"),
                List.of("9223", "9231", "7219", "8211"));
        add("O", 0.5, true, mix(10, 20, 25, 30, 3, 5, 2, 2, 3), 0.9, 0.9,
                List.of("ADVANCED_DIGITAL", "MANAGEMENT_LEADERSHIP", "COMMUNICATION"), List.of("2461", "3544", "2135"));
        add("P", 3, true, mix(8, 45, 8, 10, 2, 17, 0, 0, 10), 0.9, 1.1,
                List.of("BASIC_DIGITAL", "COMMUNICATION", "SECTOR_SPECIFIC_LICENCES"), List.of("6112", "2315", "6114"));
        add("Q", 6, true, mix(7, 18, 10, 10, 1, 45, 1, 0, 8), 1.3, 1.25,
                List.of("SECTOR_SPECIFIC_LICENCES", "COMMUNICATION", "ENGLISH_LANGUAGE", "BASIC_DIGITAL"),
                List.of("6135", "6136", "2232", "2235", "6133", "2461"));
        add("R", 3, false, mix(12, 8, 20, 8, 5, 20, 10, 2, 15), 1.0, 0.95,
                List.of("CUSTOMER_HANDLING", "TEAMWORK", "BASIC_DIGITAL"), List.of("3432", "3433", "6211", "1224"));
        add("S", 4, false, mix(12, 5, 10, 8, 10, 35, 10, 5, 5), 0.9, 1.0,
                List.of("TECHNICAL_PRACTICAL", "CUSTOMER_HANDLING", "SECTOR_SPECIFIC_LICENCES"),
                List.of("6221", "1253", "5231"));
        // Households as employers and extraterritorial bodies hardly appear in business surveys.
        add("T", 0, false, mix(10, 0, 0, 0, 0, 60, 0, 0, 30), 0.8, 1.0, List.of("COMMUNICATION"), List.of("6114"));
        add("U", 0, true, mix(20, 30, 20, 20, 0, 0, 0, 0, 10), 0.8, 1.0, List.of("COMMUNICATION"), List.of("3544"));
    }

    static SectorProfile of(String sic) {
        SectorProfile profile = BY_SECTION.get(sic);
        if (profile == null) {
            throw new IllegalArgumentException("No synthetic profile for SIC section " + sic);
        }
        return profile;
    }

    /** SIC sections in a fixed order, with their business-population shares, for drawing a sector. */
    static List<SectorProfile> all() {
        return List.copyOf(BY_SECTION.values());
    }

    private static void add(String sic, double share, boolean largerSites, double[] mix, double vacancyFactor,
                            double hardToFillFactor, List<String> skills, List<String> occupations) {
        BY_SECTION.put(sic, new SectorProfile(sic, share, largerSites, mix, vacancyFactor, hardToFillFactor, skills,
                occupations));
    }

    private static double[] mix(double... bySocMajorGroup) {
        return bySocMajorGroup;
    }
}
