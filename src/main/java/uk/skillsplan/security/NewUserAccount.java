package uk.skillsplan.security;

/** What an administrator enters to create an account. Field names match the form's. */
public record NewUserAccount(String username, String displayName, String email, Role role, Long organisationId,
                             String password) {
}
