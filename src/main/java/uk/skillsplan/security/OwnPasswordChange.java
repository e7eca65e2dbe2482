package uk.skillsplan.security;

/** What a signed-in person types to change their own password. Field names match the form's. */
public record OwnPasswordChange(String currentPassword, String newPassword, String repeatPassword) {
}
