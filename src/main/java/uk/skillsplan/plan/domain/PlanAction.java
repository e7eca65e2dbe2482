package uk.skillsplan.plan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.skillsplan.base.AbstractEntity;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.plan.ActionStatus;

/** One action of a plan's register: who owns it, when it starts and is due, and where it stands. */
@Entity
@Table(name = "plan_action")
public class PlanAction extends AbstractEntity {

    private long planId;
    private String sicSection;
    private long ownerId;
    private String ownerName;
    @Enumerated(EnumType.STRING)
    private OrganisationKind ownerKind;
    private String title;
    private LocalDate startDate;
    private LocalDate dueDate;
    @Enumerated(EnumType.STRING)
    private ActionStatus status;
    private String createdBy;
    private Instant createdAt;

    protected PlanAction() {
    }

    public PlanAction(long planId, long ownerId, String ownerName, OrganisationKind ownerKind, String createdBy,
                      Instant createdAt) {
        this.planId = planId;
        this.ownerId = ownerId;
        this.ownerName = ownerName;
        this.ownerKind = ownerKind;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void set(String sicSection, String title, LocalDate startDate, LocalDate dueDate, ActionStatus status) {
        this.sicSection = sicSection;
        this.title = title;
        this.startDate = startDate;
        this.dueDate = dueDate;
        this.status = status;
    }

    public long getPlanId() { return planId; }
    public String getSicSection() { return sicSection; }
    public long getOwnerId() { return ownerId; }
    public String getOwnerName() { return ownerName; }
    public OrganisationKind getOwnerKind() { return ownerKind; }
    public String getTitle() { return title; }
    public LocalDate getStartDate() { return startDate; }
    public LocalDate getDueDate() { return dueDate; }
    public ActionStatus getStatus() { return status; }
}
