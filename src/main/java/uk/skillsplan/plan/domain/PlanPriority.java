package uk.skillsplan.plan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.skillsplan.base.AbstractEntity;

/** A ranked priority of a generated draft, with the parts of its score in words. */
@Entity
@Table(name = "plan_priority")
public class PlanPriority extends AbstractEntity {

    private long planId;
    private int priorityRank;
    private String sicSection;
    private String title;
    private double score;
    private String explanation;

    protected PlanPriority() {
    }

    public PlanPriority(long planId, int priorityRank, String sicSection, String title, double score, String explanation) {
        this.planId = planId;
        this.priorityRank = priorityRank;
        this.sicSection = sicSection;
        this.title = title;
        this.score = score;
        this.explanation = explanation;
    }

    public int getPriorityRank() { return priorityRank; }
    public String getSicSection() { return sicSection; }
    public String getTitle() { return title; }
    public double getScore() { return score; }
    public String getExplanation() { return explanation; }
}
