package uk.skillsplan.directory;

import uk.skillsplan.security.Role;

/** What sort of organisation takes part, and which role its people sign in with. */
public enum OrganisationKind {
    EMPLOYER("Employer", Role.EMPLOYER),
    PROVIDER("College or training provider", Role.PROVIDER),
    COUNCIL("Council or strategic authority", Role.COUNCIL),
    ERB("Employer Representative Body", Role.ERB_LEAD);

    private final String label;
    private final Role role;

    OrganisationKind(String label, Role role) {
        this.label = label;
        this.role = role;
    }

    public String label() {
        return label;
    }

    /** The role of the people who belong to an organisation of this kind. */
    public Role role() {
        return role;
    }

    /** The kind of organisation an account of this role belongs to; administrators belong to none. */
    public static OrganisationKind forRole(Role role) {
        for (OrganisationKind kind : values()) {
            if (kind.role == role) {
                return kind;
            }
        }
        throw new IllegalArgumentException(role + " accounts belong to no kind of organisation");
    }
}
