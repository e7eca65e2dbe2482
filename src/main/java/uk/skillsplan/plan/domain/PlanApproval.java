package uk.skillsplan.plan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.skillsplan.base.AbstractEntity;
import uk.skillsplan.security.Role;

/** One approval of one revision of a plan; reset (kept, with the time) when the plan is edited afterwards. */
@Entity
@Table(name = "plan_approval")
public class PlanApproval extends AbstractEntity {

    private long planId;
    private int planRevision;
    @Enumerated(EnumType.STRING)
    private Role role;
    private long userId;
    private String userName;
    private Long organisationId;
    private Instant approvedAt;
    private Instant resetAt;

    protected PlanApproval() {
    }

    public PlanApproval(long planId, int planRevision, Role role, long userId, String userName, Long organisationId,
                        Instant approvedAt) {
        this.planId = planId;
        this.planRevision = planRevision;
        this.role = role;
        this.userId = userId;
        this.userName = userName;
        this.organisationId = organisationId;
        this.approvedAt = approvedAt;
    }

    public void reset(Instant at) {
        this.resetAt = at;
    }

    public int getPlanRevision() { return planRevision; }
    public Role getRole() { return role; }
    public long getUserId() { return userId; }
    public String getUserName() { return userName; }
    public Instant getApprovedAt() { return approvedAt; }
    public Instant getResetAt() { return resetAt; }
}
