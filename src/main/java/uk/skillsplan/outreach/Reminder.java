package uk.skillsplan.outreach;

import java.time.Instant;
import java.time.LocalDate;

/** A reminder the ERB lead scheduled for a round: the day it goes, its wording, whom it addresses, and when it went. */
public record Reminder(long id, long roundId, LocalDate sendOn, String wording, boolean onlyNotStarted, Instant sentAt,
                       Integer sentCount) {
}
