package uk.skillsplan.security;

import java.util.Optional;

/**
 * Checks that an account of a role may belong to an organisation (an employer account to an
 * employer, and so on). Implemented by the module that owns organisations, so that security does
 * not depend on it.
 */
public interface OrganisationMembershipPolicy {

    /** Empty if the pairing is allowed, otherwise a message for the organisation field. */
    Optional<String> problem(Role role, Long organisationId);
}
