package uk.skillsplan.plan;

/** The action register's filters; {@code null} means any. */
public record ActionFilter(String sicSection, Long ownerId, ActionStatus status) {

    public static ActionFilter none() {
        return new ActionFilter(null, null, null);
    }
}
