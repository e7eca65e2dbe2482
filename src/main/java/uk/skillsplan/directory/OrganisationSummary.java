package uk.skillsplan.directory;

/** One organisation as screens and other modules see it. */
public record OrganisationSummary(long id, OrganisationKind kind, String name, String ladCode,
                                  String localAuthorityName, String lsipCode, String lsipAreaName,
                                  String sicSection, SizeBand sizeBand, String companiesHouseNumber, boolean active) {
}
