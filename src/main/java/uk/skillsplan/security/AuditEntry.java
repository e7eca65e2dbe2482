package uk.skillsplan.security;

import java.time.Instant;

/** One line of the audit trail. {@code lsipCode} is the area it concerns, if any (ERB leads see their area's). */
public record AuditEntry(long id, Instant occurredAt, String actorName, AuditAction action, String subject, String lsipCode,
                         String detail, String remoteAddress) {
}
