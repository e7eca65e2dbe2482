package uk.skillsplan.security;

import java.time.Instant;

/** One account as the administration screens show it; never carries the password hash. */
public record UserAccountSummary(long id, String username, String displayName, String email, Role role,
                                 Long organisationId, boolean active, boolean locked, Instant lastLoginAt) {
}
