package uk.skillsplan.plan.collaboration;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.skillsplan.base.AbstractEntity;

/** A comment on a section; a reply names its thread's first comment. Resolving marks the thread done. */
@Entity
@Table(name = "plan_comment")
class SectionComment extends AbstractEntity {

    private long planId;
    private long sectionId;
    private Long parentId;
    private Long authorId;
    private String authorName;
    private Long authorOrganisationId;
    private String authorOrganisationName;
    private String body;
    private Instant createdAt;
    private Instant resolvedAt;
    private String resolvedByName;

    protected SectionComment() {
    }

    SectionComment(long planId, long sectionId, Long parentId, Long authorId, String authorName, Long authorOrganisationId,
                   String authorOrganisationName, String body, Instant createdAt) {
        this.planId = planId;
        this.sectionId = sectionId;
        this.parentId = parentId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.authorOrganisationId = authorOrganisationId;
        this.authorOrganisationName = authorOrganisationName;
        this.body = body;
        this.createdAt = createdAt;
    }

    void resolve(String byName, Instant at) {
        this.resolvedByName = byName;
        this.resolvedAt = at;
    }

    long getPlanId() { return planId; }
    long getSectionId() { return sectionId; }
    Long getParentId() { return parentId; }
    Long getAuthorId() { return authorId; }
    String getAuthorName() { return authorName; }
    String getAuthorOrganisationName() { return authorOrganisationName; }
    String getBody() { return body; }
    Instant getCreatedAt() { return createdAt; }
    Instant getResolvedAt() { return resolvedAt; }
    String getResolvedByName() { return resolvedByName; }
}
