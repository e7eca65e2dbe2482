package uk.skillsplan.survey;

import java.time.LocalDate;

/** A round's closing day has passed: its answers are final (unless the ERB lead extends it). Announced once. */
public record RoundClosed(long roundId, String lsipCode, LocalDate closedOn) {
}
