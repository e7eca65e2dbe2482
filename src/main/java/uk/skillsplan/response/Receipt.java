package uk.skillsplan.response;

import java.time.Instant;

/** Proof of a submission: a reference to quote, when, and which version of the response it was. */
public record Receipt(String reference, Instant submittedAt, int revision) {
}
