package uk.skillsplan.response;

import java.time.Instant;

/** One kept submission of a response. */
public record RevisionSummary(int revision, String reference, CollectionMode collectionMode, Instant submittedAt,
                              String submittedByName) {
}
