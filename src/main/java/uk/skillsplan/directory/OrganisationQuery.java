package uk.skillsplan.directory;

/** Filters for the organisation list; {@code null} means "any". */
public record OrganisationQuery(String text, OrganisationKind kind, String lsipCode, boolean includeInactive) {

    public static OrganisationQuery all() {
        return new OrganisationQuery(null, null, null, true);
    }
}
