package uk.skillsplan.security;

/** Role names as constants for {@code @RolesAllowed}; they match {@link Role}'s names. */
public final class Roles {

    public static final String EMPLOYER = "EMPLOYER";
    public static final String PROVIDER = "PROVIDER";
    public static final String COUNCIL = "COUNCIL";
    public static final String ERB_LEAD = "ERB_LEAD";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
