package uk.skillsplan.plan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.skillsplan.base.AbstractEntity;
import uk.skillsplan.plan.SuggestionStatus;

/** A proposed new text for a section, made against one of its versions; the owner accepts or rejects it. */
@Entity
@Table(name = "plan_suggestion")
public class SectionSuggestion extends AbstractEntity {

    private long planId;
    private long sectionId;
    private int baseNumber;
    private String body;
    private String note;
    private Long authorId;
    private String authorName;
    private Long authorOrganisationId;
    private String authorOrganisationName;
    private Instant createdAt;
    @Enumerated(EnumType.STRING)
    private SuggestionStatus status;
    private String decidedByName;
    private Instant decidedAt;
    private String decisionReason;
    private Integer resultNumber;

    protected SectionSuggestion() {
    }

    public SectionSuggestion(long planId, long sectionId, int baseNumber, String body, String note, Long authorId,
                      String authorName, Long authorOrganisationId, String authorOrganisationName, Instant createdAt) {
        this.planId = planId;
        this.sectionId = sectionId;
        this.baseNumber = baseNumber;
        this.body = body;
        this.note = note;
        this.authorId = authorId;
        this.authorName = authorName;
        this.authorOrganisationId = authorOrganisationId;
        this.authorOrganisationName = authorOrganisationName;
        this.createdAt = createdAt;
        this.status = SuggestionStatus.OPEN;
    }

    public void decide(SuggestionStatus decision, String byName, Instant at, String reason, Integer resultNumber) {
        this.status = decision;
        this.decidedByName = byName;
        this.decidedAt = at;
        this.decisionReason = reason;
        this.resultNumber = resultNumber;
    }

    public long getPlanId() { return planId; }
    public long getSectionId() { return sectionId; }
    public int getBaseNumber() { return baseNumber; }
    public String getBody() { return body; }
    public String getNote() { return note; }
    public Long getAuthorId() { return authorId; }
    public String getAuthorName() { return authorName; }
    public Long getAuthorOrganisationId() { return authorOrganisationId; }
    public String getAuthorOrganisationName() { return authorOrganisationName; }
    public Instant getCreatedAt() { return createdAt; }
    public SuggestionStatus getStatus() { return status; }
    public String getDecidedByName() { return decidedByName; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getDecisionReason() { return decisionReason; }
    public Integer getResultNumber() { return resultNumber; }
}
