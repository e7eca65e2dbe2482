package uk.skillsplan.security;

import java.time.LocalDate;

/** Filters for the audit trail; {@code null} means any. Dates are inclusive, in UK time. */
public record AuditQuery(AuditAction action, String text, LocalDate from, LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null);
    }
}
