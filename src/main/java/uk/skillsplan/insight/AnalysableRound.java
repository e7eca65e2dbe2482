package uk.skillsplan.insight;

import java.time.LocalDate;

/** A survey round of an area whose submitted answers the caller may analyse. */
public record AnalysableRound(long id, String name, String lsipCode, String audience, LocalDate opensOn,
                              LocalDate closesOn) {
}
