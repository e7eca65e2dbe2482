package uk.skillsplan.demo;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Fictional organisation names for synthetic data ("Millstone Fabrications Ltd", "Wigan Kitchen
 * & Co"), never repeated within one generation. Employer names mix invented place words with the
 * council area's own name and fit the sector, so that lists of respondents read like a real area's.
 */
final class SyntheticNames {

    private static final List<String> WORDS = List.of("Oakfield", "Millstone", "Greenway", "Riverside", "Kestrel",
            "Beacon", "Heather", "Ashdown", "Foundry Lane", "Canalside", "Moorland", "Copperfield", "Brookside",
            "Northgate", "Highfield", "Larkspur", "Granite", "Summit", "Harbour", "Meadowbank", "Castlegate",
            "Orchard", "Westbrook", "Eastfield", "Ridgeway", "Thornbury", "Bluebell", "Ironworks", "Fernhill",
            "Sandstone", "Willowbank", "Hawthorn", "Redbrick", "Stonegate", "Kingfisher", "Fairway", "Three Bridges",
            "Old Mill", "Hilltop", "Lantern", "Weaver's", "Cobble", "Bracken", "Stag", "Tor", "Quayside");
    private static final Map<String, List<String>> TRADES = Map.ofEntries(
            Map.entry("A", List.of("Farms", "Growers", "Nurseries", "Dairy", "Fisheries", "Agritech")),
            Map.entry("B", List.of("Quarries", "Aggregates", "Minerals")),
            Map.entry("C", List.of("Engineering", "Fabrications", "Precision", "Foods", "Bakery", "Plastics", "Print",
                    "Brewery", "Textiles", "Components")),
            Map.entry("D", List.of("Energy", "Power", "Renewables")),
            Map.entry("E", List.of("Recycling", "Waste Services", "Environmental")),
            Map.entry("F", List.of("Builders", "Construction", "Roofing", "Electrical", "Plumbing and Heating",
                    "Groundworks", "Joinery", "Civils")),
            Map.entry("G", List.of("Stores", "Retail", "Motors", "Supplies", "Pharmacy", "Garden Centre", "Wholesale",
                    "Hardware", "Butchers", "Grocers")),
            Map.entry("H", List.of("Logistics", "Haulage", "Couriers", "Freight", "Coaches", "Storage")),
            Map.entry("I", List.of("Hotel", "Café", "Kitchen", "Inn", "Catering", "Restaurant", "Tearooms", "Bistro")),
            Map.entry("J", List.of("Digital", "Software", "Media", "Studio", "Data", "Web Services", "Telecoms", "Games")),
            Map.entry("K", List.of("Financial", "Insurance Brokers", "Wealth", "Mortgages")),
            Map.entry("L", List.of("Property", "Lettings", "Estates", "Homes")),
            Map.entry("M", List.of("Consulting", "Accountants", "Architects", "Solicitors", "Surveyors", "Design",
                    "Marketing", "Laboratories", "Veterinary")),
            Map.entry("N", List.of("Cleaning Services", "Recruitment", "Facilities", "Security", "Staffing", "Travel",
                    "Plant Hire")),
            Map.entry("O", List.of("Town Council", "Community Services", "Fire and Rescue Station")),
            Map.entry("P", List.of("Nursery", "Academy", "Tutoring", "Driving School", "Learning Centre")),
            Map.entry("Q", List.of("Care Homes", "Home Care", "Dental", "Medical Practice", "Physiotherapy",
                    "Nursing Home", "Support Services")),
            Map.entry("R", List.of("Leisure", "Theatre", "Gym", "Museum", "Sports Club", "Arts Centre", "Golf Club")),
            Map.entry("S", List.of("Hair and Beauty", "Barbers", "Repairs", "Dry Cleaners", "Community Association")),
            Map.entry("T", List.of("Household")),
            Map.entry("U", List.of("Mission")));
    private static final List<String> COMPANY = List.of("Ltd", "Ltd", "Ltd", "Limited", "& Co", "");
    private static final List<String> PUBLIC_OR_CHARITY = List.of("", "", "", "Trust", "CIC", "Ltd");

    private static final List<String> DEPARTMENTS = List.of("Employment and Skills Team", "Economic Development",
            "Adult Learning Service", "Business Support Team");

    /** Names drawn so far; uniqueness holds within one generation, which is what lists and tests see. */
    private final Set<String> used = new HashSet<>();
    /** Names have their own random stream, so that avoiding a repeat never shifts anyone's answers. */
    private final Draws draws;

    SyntheticNames(long seed) {
        this.draws = new Draws(seed ^ 0x5DEECE66DL);
    }

    String employer(String sic, String placeName, boolean large) {
        return unique(() -> {
            String first = draws.chance(0.35) ? placeName : draws.pick(WORDS);
            String suffix = "OPQR".contains(sic) ? draws.pick(PUBLIC_OR_CHARITY)
                    : large && draws.chance(0.4) ? "Group" : "KM".contains(sic) && draws.chance(0.3) ? "LLP"
                    : draws.pick(COMPANY);
            return (first + " " + draws.pick(TRADES.get(sic)) + " " + suffix).trim();
        });
    }

    /**
     * Providers take invented words only: "Cornwall College" or "Leeds Sixth Form College" would be
     * real institutions, and synthetic answers must never look like theirs.
     */
    String provider(String type) {
        return unique(() -> {
            String word = draws.pick(WORDS);
            return switch (type) {
                case "GFE_COLLEGE" -> word + " College";
                case "SIXTH_FORM_COLLEGE" -> word + " Sixth Form College";
                case "ITP" -> word + " " + draws.pick(List.of("Training Ltd", "Skills Academy", "Apprenticeships Ltd"));
                case "ADULT_COMMUNITY" -> word + " Adult Learning Centre";
                case "UNIVERSITY" -> word + " University Centre";
                default -> word + " Learning Trust";
            };
        });
    }

    /** Councils are real bodies, so their synthetic stand-ins say "(demo)", as the demo directory's do. */
    String council(String placeName) {
        String plain = placeName + " Council (demo)";
        return used.add(plain) ? plain : unique(() -> placeName + " Council " + draws.pick(DEPARTMENTS) + " (demo)");
    }

    private String unique(Supplier<String> candidate) {
        for (int attempt = 0; attempt < 20; attempt++) {
            String name = candidate.get();
            if (used.add(name)) {
                return name;
            }
        }
        // Rare, and only in very large runs: a branch number keeps the name unique.
        String base = candidate.get();
        for (int branch = 2; ; branch++) {
            String name = base + " (branch " + branch + ")";
            if (used.add(name)) {
                return name;
            }
        }
    }
}
