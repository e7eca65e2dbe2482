package uk.skillsplan.plan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.skillsplan.base.AbstractEntity;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.plan.PriorityResponse;
import uk.skillsplan.plan.ResponseDraft;

/** One organisation's response to one priority of a plan (a provider's action, or a council's levers). */
@Entity
@Table(name = "plan_response")
public class PlanResponse extends AbstractEntity {

    private long planId;
    private String sicSection;
    private long organisationId;
    private String organisationName;
    @Enumerated(EnumType.STRING)
    private OrganisationKind organisationKind;
    private String plannedAction;
    private String timescale;
    private String capacity;
    private String barriers;
    private String removers;
    private String funding;
    private String commissioning;
    private String savedBy;
    private Instant savedAt;

    protected PlanResponse() {
    }

    public PlanResponse(long planId, String sicSection, long organisationId, String organisationName,
                        OrganisationKind organisationKind) {
        this.planId = planId;
        this.sicSection = sicSection;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
        this.organisationKind = organisationKind;
    }

    public void take(ResponseDraft draft, String by, Instant at) {
        this.plannedAction = draft.plannedAction();
        this.timescale = draft.timescale();
        this.capacity = draft.capacity();
        this.barriers = draft.barriers();
        this.removers = draft.removers();
        this.funding = draft.funding();
        this.commissioning = draft.commissioning();
        this.savedBy = by;
        this.savedAt = at;
    }

    public ResponseDraft draft() {
        return new ResponseDraft(plannedAction, timescale, capacity, barriers, removers, funding, commissioning);
    }

    public long getPlanId() { return planId; }
    public String getSicSection() { return sicSection; }
    public long getOrganisationId() { return organisationId; }
    public String getOrganisationName() { return organisationName; }
    public OrganisationKind getOrganisationKind() { return organisationKind; }
    public String getSavedBy() { return savedBy; }
    public Instant getSavedAt() { return savedAt; }

    /** The response as the rest of the application reads it. */
    public PriorityResponse toRecord() {
        return new PriorityResponse(getId(), getPlanId(), getSicSection(), getOrganisationId(), getOrganisationName(),
                getOrganisationKind(), draft(), getVersion(), getSavedBy(), getSavedAt());
    }
}
