package uk.skillsplan.response;

/** How a response was collected. */
public enum CollectionMode {
    ONLINE("Online"), IMPORTED("Imported"), ON_BEHALF("Entered on the respondent's behalf");

    private final String label;

    CollectionMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
