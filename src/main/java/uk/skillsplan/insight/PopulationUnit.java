package uk.skillsplan.insight;

/**
 * What a business population counts. UK Business Counts has both: an enterprise is a business as a
 * whole, a local unit one of its sites. The survey's unit is the site, so local units are the better
 * population; which one an import holds is recorded and shown beside it.
 */
public enum PopulationUnit {
    ENTERPRISES("Enterprises (businesses as a whole)"),
    LOCAL_UNITS("Local units (sites)");

    private final String label;

    PopulationUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
