package uk.skillsplan.plan;

import java.time.Instant;
import uk.skillsplan.directory.OrganisationKind;

/** One organisation's response to a priority, with its row version: a save names it and is refused when stale. */
public record PriorityResponse(long id, long planId, String sicSection, long organisationId, String organisationName,
                               OrganisationKind organisationKind, ResponseDraft draft, int version, String savedBy,
                               Instant savedAt) {
}
