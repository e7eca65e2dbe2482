package uk.skillsplan.base;

/** What the main layout shows about the person signed in. */
public record SignedInUser(String displayName, String roleLabel, String organisationName) {
}
