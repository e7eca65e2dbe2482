package uk.skillsplan.directory;

import uk.skillsplan.security.Role;

/**
 * Who is calling and what they may reach: the person, their role, their organisation and that
 * organisation's LSIP area. Every service asks this one record, so "may this person see this
 * organisation, manage this area, answer for this organisation?" is decided the same way everywhere.
 *
 * @param organisationId the caller's organisation; {@code null} only for administrators (and the system)
 * @param lsipCode the LSIP area of the caller's organisation; {@code null} when there is no organisation
 */
public record Caller(long userId, String displayName, Role role, Long organisationId, String lsipCode) {

    public boolean is(Role other) {
        return role == other;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Administrators manage every area; an ERB lead manages their own organisation's area. */
    public boolean manages(String areaCode) {
        return isAdmin() || role == Role.ERB_LEAD && areaCode != null && areaCode.equals(lsipCode);
    }

    /** Whether the caller speaks for the organisation: a respondent who belongs to it. */
    public boolean answersFor(long organisation) {
        return organisationId != null && organisationId == organisation && role.answersSurveys();
    }

    /** Whether the caller belongs to the organisation, whatever their role. */
    public boolean belongsTo(long organisation) {
        return organisationId != null && organisationId == organisation;
    }

    /** {@code system} stands for start-up work, which is recorded without a person. */
    public Long userIdOrNull() {
        return userId == 0 ? null : userId;
    }
}
