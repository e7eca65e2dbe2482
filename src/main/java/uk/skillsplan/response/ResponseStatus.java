package uk.skillsplan.response;

/** A response's state: never submitted, submitted (and unchanged since), or being amended after submission. */
public enum ResponseStatus {
    DRAFT("Started, not submitted"), SUBMITTED("Submitted"), AMENDING("Submitted; changes not yet submitted");

    private final String label;

    ResponseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
