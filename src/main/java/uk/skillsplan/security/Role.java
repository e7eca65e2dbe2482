package uk.skillsplan.security;

/** What a person does in SkillsPlan. Each account has exactly one role. */
public enum Role {
    EMPLOYER("Employer"),
    PROVIDER("College or training provider"),
    COUNCIL("Council officer"),
    ERB_LEAD("ERB lead"),
    ADMIN("Administrator");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether people of this role answer surveys for their own organisation. */
    public boolean answersSurveys() {
        return this == EMPLOYER || this == PROVIDER || this == COUNCIL;
    }

    /** The Spring Security authority for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
