package uk.skillsplan.insight;

/** How a business population file groups industries: Nomis offers SIC 2007 sections or the 18 broad industry groups. */
public enum PopulationIndustryScheme {
    /** The 18 UK Business Counts broad industry groups ("3 : Manufacturing (C)"); some span several SIC sections. */
    BROAD_INDUSTRY_GROUP("UK Business Counts broad industry groups (18)"),
    /** SIC 2007 sections A to U. */
    SIC_SECTION("SIC 2007 sections");

    private final String label;

    PopulationIndustryScheme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
