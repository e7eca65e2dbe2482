package uk.skillsplan.plan;

/** Where a plan is on its way to publication (issue 10, point 6). */
public enum PlanStatus {
    DRAFT("Draft"),
    IN_REVIEW("In review"),
    AWAITING_SIGN_OFF("Awaiting sign-off"),
    APPROVED("Approved"),
    PUBLISHED("Published");

    private final String label;

    PlanStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A published plan is read-only; a new edition starts a new draft. */
    public boolean editable() {
        return this != PUBLISHED;
    }
}
