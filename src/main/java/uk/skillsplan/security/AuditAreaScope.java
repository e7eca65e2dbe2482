package uk.skillsplan.security;

import java.util.Optional;

/**
 * The LSIP area of the person signed in, for scoping what an ERB lead sees of the audit trail.
 * Implemented by the module that owns organisations and areas, so that security depends on neither.
 */
public interface AuditAreaScope {

    Optional<String> areaOfCaller();
}
