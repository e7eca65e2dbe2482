package uk.skillsplan.security;

/** Filters for the account list; {@code null} means "any". */
public record UserQuery(String text, Role role, Long organisationId, boolean includeInactive) {

    public static UserQuery all() {
        return new UserQuery(null, null, null, true);
    }
}
