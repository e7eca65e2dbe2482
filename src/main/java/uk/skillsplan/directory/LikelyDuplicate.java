package uk.skillsplan.directory;

/**
 * Two employers of an area that are probably one: the same Companies House number, or the same name
 * once case, punctuation and words such as "Ltd", "Limited", "PLC" and "The" are set aside, in the
 * same local authority.
 *
 * @param selfRegistered whether either registered itself on the join page and waits for confirmation
 */
public record LikelyDuplicate(OrganisationSummary first, OrganisationSummary second, String reason,
                              boolean selfRegistered) {
}
