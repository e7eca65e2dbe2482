package uk.skillsplan.plan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import uk.skillsplan.base.AbstractEntity;

/** A dated note of progress on an action; never changed once written. */
@Entity
@Table(name = "plan_action_note")
public class PlanActionNote extends AbstractEntity {

    private long actionId;
    private LocalDate notedOn;
    private String body;
    private String authorName;
    private Instant createdAt;

    protected PlanActionNote() {
    }

    public PlanActionNote(long actionId, LocalDate notedOn, String body, String authorName, Instant createdAt) {
        this.actionId = actionId;
        this.notedOn = notedOn;
        this.body = body;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    public long getActionId() { return actionId; }
    public LocalDate getNotedOn() { return notedOn; }
    public String getBody() { return body; }
    public String getAuthorName() { return authorName; }
}
