package uk.skillsplan.plan;

import java.time.Instant;
import uk.skillsplan.security.Role;

/** Who approved which revision of a plan, and when the approval was reset by a later edit ({@code null} while it stands). */
public record ApprovalRecord(int planRevision, Role role, String approvedBy, Instant approvedAt, Instant resetAt) {

    public boolean standing() {
        return resetAt == null;
    }
}
