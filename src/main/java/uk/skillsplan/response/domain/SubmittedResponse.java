package uk.skillsplan.response.domain;

import java.time.Instant;
import uk.skillsplan.response.Answers;
import uk.skillsplan.response.CollectionMode;

/** The submission of one response that counts (its latest), with who answered: one row of an export. */
public record SubmittedResponse(long responseId, String reference, CollectionMode collectionMode, Instant submittedAt,
                                long organisationId, String organisationName, String companiesHouseNumber,
                                String localAuthorityCode, Answers answers) {
}
