package uk.skillsplan.survey;

import java.time.LocalDate;

/** A round's closing date was moved later: answers can be given and changed until {@code closesOn}. */
public record RoundExtended(long roundId, String lsipCode, LocalDate previousClosesOn, LocalDate closesOn) {
}
