package uk.skillsplan.plan;

/**
 * Where an action stands. {@link #LATE} is never stored: it is shown (and filtered on) for an action
 * not done whose due date has passed.
 */
public enum ActionStatus {
    PLANNED("Planned"),
    IN_PROGRESS("In progress"),
    AT_RISK("At risk"),
    DONE("Done"),
    LATE("Late");

    private final String label;

    ActionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The statuses a person may give an action (late follows from the dates). */
    public static java.util.List<ActionStatus> settable() {
        return java.util.List.of(PLANNED, IN_PROGRESS, AT_RISK, DONE);
    }
}
