package uk.skillsplan.plan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.skillsplan.base.AbstractEntity;

/** One line of a plan's history. */
@Entity
@Table(name = "plan_history")
public class PlanEvent extends AbstractEntity {

    private long planId;
    private int planRevision;
    private Instant happenedAt;
    private Long userId;
    private String userName;
    @Column(name = "what")
    private String what;
    private String detail;

    protected PlanEvent() {
    }

    public PlanEvent(long planId, int planRevision, Instant happenedAt, Long userId, String userName, String what,
                     String detail) {
        this.planId = planId;
        this.planRevision = planRevision;
        this.happenedAt = happenedAt;
        this.userId = userId;
        this.userName = userName;
        this.what = what;
        this.detail = detail.length() > 500 ? detail.substring(0, 497) + "..." : detail;
    }

    public int getPlanRevision() { return planRevision; }
    public Instant getHappenedAt() { return happenedAt; }
    public String getUserName() { return userName; }
    public String getWhat() { return what; }
    public String getDetail() { return detail; }
}
