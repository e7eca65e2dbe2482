package uk.skillsplan.response;

import java.time.Instant;

/**
 * A submitted response was submitted again with changes: {@code revision} now counts instead of
 * {@code previousRevision}, in the published read model and in every figure made from it.
 */
public record ResponseAmended(long responseId, long roundId, long organisationId, int revision, int previousRevision,
                              CollectionMode collectionMode, Instant submittedAt) {
}
