package uk.skillsplan.security;

/**
 * The person signed in, as other modules see them.
 *
 * @param organisationId the organisation the account belongs to; {@code null} only for administrators
 */
public record CurrentUser(long userId, String username, String displayName, Role role, Long organisationId) {

    public boolean is(Role other) {
        return role == other;
    }
}
