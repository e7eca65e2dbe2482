package uk.skillsplan.response;

import java.time.Instant;

/** One response's state, without its answers. */
public record ResponseSummary(long id, long roundId, long organisationId, String organisationName,
                              ResponseStatus status, CollectionMode collectionMode, String currentSection,
                              Integer submittedRevision, Instant submittedAt, String lastEditedByName,
                              Instant lastEditedAt) {
}
