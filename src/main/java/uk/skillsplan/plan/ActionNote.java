package uk.skillsplan.plan;

import java.time.LocalDate;

/** Evidence of progress on an action: a dated note and who wrote it. */
public record ActionNote(long id, long actionId, LocalDate notedOn, String body, String authorName) {
}
