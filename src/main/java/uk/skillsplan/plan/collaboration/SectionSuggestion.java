package uk.skillsplan.plan.collaboration;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.skillsplan.base.AbstractEntity;

/** A proposed new text for a section, made against one of its versions; the owner accepts or rejects it. */
@Entity
@Table(name = "plan_suggestion")
class SectionSuggestion extends AbstractEntity {

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

    SectionSuggestion(long planId, long sectionId, int baseNumber, String body, String note, Long authorId,
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

    void decide(SuggestionStatus decision, String byName, Instant at, String reason, Integer resultNumber) {
        this.status = decision;
        this.decidedByName = byName;
        this.decidedAt = at;
        this.decisionReason = reason;
        this.resultNumber = resultNumber;
    }

    long getPlanId() { return planId; }
    long getSectionId() { return sectionId; }
    int getBaseNumber() { return baseNumber; }
    String getBody() { return body; }
    String getNote() { return note; }
    Long getAuthorId() { return authorId; }
    String getAuthorName() { return authorName; }
    Long getAuthorOrganisationId() { return authorOrganisationId; }
    String getAuthorOrganisationName() { return authorOrganisationName; }
    Instant getCreatedAt() { return createdAt; }
    SuggestionStatus getStatus() { return status; }
    String getDecidedByName() { return decidedByName; }
    Instant getDecidedAt() { return decidedAt; }
    String getDecisionReason() { return decisionReason; }
    Integer getResultNumber() { return resultNumber; }
}
