package uk.skillsplan.insight;

/**
 * What a business population counts. UK Business Counts has both: an enterprise is a business as a
 * whole, a local unit one of its sites. The survey's unit is the site, so local units are the better
 * population; which one an import holds is recorded and shown beside it.
 */
public enum PopulationUnit {
    ENTERPRISES("Enterprises (businesses as a whole)", "enterprises"),
    LOCAL_UNITS("Local units (sites)", "local units");

    private final String label;
    private final String noun;

    PopulationUnit(String label, String noun) {
        this.label = label;
        this.noun = noun;
    }

    /** What is counted, in a sentence: "44,200 enterprises". */
    public String noun() {
        return noun;
    }

    public String label() {
        return label;
    }
}
