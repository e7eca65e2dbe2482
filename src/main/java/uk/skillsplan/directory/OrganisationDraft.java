package uk.skillsplan.directory;

/** What is entered to create or edit an organisation. Field names match the form's. */
public record OrganisationDraft(OrganisationKind kind, String name, String ladCode, String sicSection,
                                SizeBand sizeBand, String companiesHouseNumber) {
}
