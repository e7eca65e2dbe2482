package uk.skillsplan.response;

import java.time.Instant;

/**
 * An organisation submitted its response to a round for the first time ({@code revision} 1). Its
 * answers are in the published read model ({@code submitted_response}, {@code submitted_answer}).
 */
public record ResponseSubmitted(long responseId, long roundId, long organisationId, int revision,
                                CollectionMode collectionMode, Instant submittedAt) {
}
