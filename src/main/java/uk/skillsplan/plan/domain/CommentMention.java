package uk.skillsplan.plan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.skillsplan.base.AbstractEntity;

/** An organisation taking part that a comment mentions: its people see the comment among what needs them. */
@Entity
@Table(name = "plan_comment_mention")
public class CommentMention extends AbstractEntity {

    private long commentId;
    private long planId;
    private long sectionId;
    private long organisationId;
    private String organisationName;

    protected CommentMention() {
    }

    public CommentMention(long commentId, long planId, long sectionId, long organisationId, String organisationName) {
        this.commentId = commentId;
        this.planId = planId;
        this.sectionId = sectionId;
        this.organisationId = organisationId;
        this.organisationName = organisationName;
    }

    public long getCommentId() { return commentId; }
    public String getOrganisationName() { return organisationName; }
}
