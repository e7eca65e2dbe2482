package uk.skillsplan.security.domain;

/** What a signed-in session is checked against on every request: is the account active, and at which security version. */
public record AccessState(boolean active, int securityVersion) {
}
