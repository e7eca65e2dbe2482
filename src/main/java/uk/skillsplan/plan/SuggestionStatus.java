package uk.skillsplan.plan;

/** Where a suggested edit stands. */
public enum SuggestionStatus {
    OPEN("Waiting for the owner"),
    ACCEPTED("Accepted"),
    REJECTED("Rejected");

    private final String label;

    SuggestionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
