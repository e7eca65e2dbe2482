package uk.skillsplan.outreach;

import java.time.Instant;

/** An organisation that joined a round without an invitation, for the ERB lead to confirm or merge. */
public record JoinedOrganisation(long organisationId, String name, String email, Instant verifiedAt,
                                 Long possibleDuplicateOf, String possibleDuplicateName) {
}
