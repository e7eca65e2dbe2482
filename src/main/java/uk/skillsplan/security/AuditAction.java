package uk.skillsplan.security;

/** What the audit trail records. */
public enum AuditAction {
    SIGN_IN("Signed in"),
    SIGN_IN_FAILED("Sign-in failed"),
    ACCOUNT_LOCKED("Account locked after failed sign-ins"),
    ACCOUNT_CREATED("Account created"),
    ACCOUNT_CHANGED("Account changed"),
    ACCOUNT_DEACTIVATED("Account deactivated"),
    ACCOUNT_REACTIVATED("Account reactivated"),
    ACCOUNT_UNLOCKED("Account unlocked"),
    PASSWORD_CHANGED("Own password changed"),
    ORGANISATION_CREATED("Organisation created"),
    ORGANISATION_CHANGED("Organisation changed"),
    ORGANISATION_DEACTIVATED("Organisation deactivated"),
    ORGANISATION_REACTIVATED("Organisation reactivated"),
    RESPONSES_EXPORTED("Responses exported"),
    RESPONSES_IMPORTED("Responses imported"),
    CONTACTS_IMPORTED("Contact list imported"),
    ANSWERS_ENTERED_ON_BEHALF("Answers entered on an organisation's behalf"),
    POPULATION_IMPORTED("Business population imported"),
    PROVISION_IMPORTED("Provision data imported"),
    MAIL_BOUNCED("E-mail bounce recorded"),
    ORGANISATIONS_MERGED("Duplicate organisations merged"),
    ORGANISATION_CONFIRMED("Self-registered organisation confirmed"),
    WEIGHTS_COMPUTED("Survey weights computed");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
