package uk.skillsplan.security;

/**
 * Editable details of an existing account. Field names match the form's.
 *
 * @param newPassword a replacement password, or empty/{@code null} to keep the current one
 */
public record UserAccountChanges(String displayName, String email, Role role, Long organisationId, String newPassword) {
}
