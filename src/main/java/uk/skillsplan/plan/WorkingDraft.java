package uk.skillsplan.plan;

import java.time.Instant;

/** What a person was typing in a section, kept on the server, and the version it started from. */
public record WorkingDraft(long sectionId, int baseNumber, String body, Instant savedAt) {
}
