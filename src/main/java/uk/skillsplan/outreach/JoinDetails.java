package uk.skillsplan.outreach;

/** What a business gives on the join page. Field names match the form's. */
public record JoinDetails(String name, String ladCode, String sicSection, String sizeBand, String companiesHouseNumber,
                          String contactName, String email) {
}
