package uk.skillsplan.plan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.skillsplan.base.AbstractEntity;

/** A comment on a section; a reply names its thread's first comment. Resolving marks the thread done. */
@Entity
@Table(name = "plan_comment")
public class SectionComment extends AbstractEntity {

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

    public SectionComment(long planId, long sectionId, Long parentId, Long authorId, String authorName, Long authorOrganisationId,
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

    public void resolve(String byName, Instant at) {
        this.resolvedByName = byName;
        this.resolvedAt = at;
    }

    public long getPlanId() { return planId; }
    public long getSectionId() { return sectionId; }
    public Long getParentId() { return parentId; }
    public Long getAuthorId() { return authorId; }
    public String getAuthorName() { return authorName; }
    public String getAuthorOrganisationName() { return authorOrganisationName; }
    public String getBody() { return body; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getResolvedAt() { return resolvedAt; }
    public String getResolvedByName() { return resolvedByName; }
}
