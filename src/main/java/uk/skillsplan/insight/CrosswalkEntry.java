package uk.skillsplan.insight;

/**
 * One row of the demand crosswalk: which share of an occupation group's or a sector's demand goes to
 * a sector subject area (tier 1). Our approximation; no official crosswalk exists.
 *
 * @param scheme {@code SOC2020_SUBMAJOR}, {@code SOC2020_MAJOR} (derived) or {@code SIC2007_SECTION}
 * @param code the group's code ({@code 53}, {@code 5}, {@code F})
 * @param share 0..1; a group's shares sum to 1
 * @param reason why the group maps there, in a few words
 */
public record CrosswalkEntry(String scheme, String code, String name, String ssaCode, String ssaName, double share,
                             String reason) {
}
