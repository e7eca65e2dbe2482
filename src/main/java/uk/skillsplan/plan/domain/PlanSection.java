package uk.skillsplan.plan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import uk.skillsplan.base.AbstractEntity;
import uk.skillsplan.plan.SectionKind;

/**
 * A section of a plan. Its texts are {@link SectionVersion}s; {@code currentNumber} names the current
 * one (0: nothing saved yet). The row's own version guards two saves racing past the number check.
 * Its owner (issue 11) is an organisation of the plan's area (the ERB, a council or a provider) whose
 * people edit it; without one, the section is shared by the ERB lead and the area's council officers.
 */
@Entity
@Table(name = "plan_section")
public class PlanSection extends AbstractEntity {

    private long planId;
    @Enumerated(EnumType.STRING)
    private SectionKind kind;
    private int sortOrder;
    private String title;
    private int currentNumber;
    private String ownerKind;
    private Long ownerOrganisationId;

    protected PlanSection() {
    }

    public PlanSection(long planId, SectionKind kind) {
        this.planId = planId;
        this.kind = kind;
        this.sortOrder = kind.ordinal();
        this.title = kind.title();
    }

    public long getPlanId() { return planId; }
    public SectionKind getKind() { return kind; }
    public int getSortOrder() { return sortOrder; }
    public String getTitle() { return title; }
    public int getCurrentNumber() { return currentNumber; }

    /** The owning organisation's kind ("ERB", "COUNCIL", "PROVIDER"), or {@code null} when shared. */
    public String getOwnerKind() { return ownerKind; }
    public Long getOwnerOrganisationId() { return ownerOrganisationId; }

    public void ownedBy(String kind, Long organisationId) {
        this.ownerKind = kind;
        this.ownerOrganisationId = organisationId;
    }

    public int advance() {
        return ++currentNumber;
    }
}
