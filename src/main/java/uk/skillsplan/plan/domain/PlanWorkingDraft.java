package uk.skillsplan.plan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.skillsplan.base.AbstractEntity;

/** What one person is typing in one section, kept so that a refresh or a lost connection loses nothing. */
@Entity
@Table(name = "plan_working_draft")
public class PlanWorkingDraft extends AbstractEntity {

    private long sectionId;
    private long userId;
    private int baseNumber;
    private String body;
    private Instant savedAt;

    protected PlanWorkingDraft() {
    }

    public PlanWorkingDraft(long sectionId, long userId) {
        this.sectionId = sectionId;
        this.userId = userId;
    }

    public void keep(int baseNumber, String body, Instant at) {
        this.baseNumber = baseNumber;
        this.body = body;
        this.savedAt = at;
    }

    public long getSectionId() { return sectionId; }
    public int getBaseNumber() { return baseNumber; }
    public String getBody() { return body; }
    public Instant getSavedAt() { return savedAt; }
}
