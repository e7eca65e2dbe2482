package uk.skillsplan.plan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.skillsplan.base.AbstractEntity;

/** The yearly progress report of a published plan: Markdown, its save number, and whether it is published. */
@Entity
@Table(name = "plan_progress_report")
public class PlanProgressReport extends AbstractEntity {

    public static final String DRAFT = "DRAFT";
    public static final String PUBLISHED = "PUBLISHED";

    private long planId;
    private int reportYear;
    private String title;
    private String body;
    private int bodyNumber;
    private String status;
    private Instant generatedAt;
    private String savedBy;
    private Instant savedAt;
    private Instant publishedAt;

    protected PlanProgressReport() {
    }

    public PlanProgressReport(long planId, int reportYear, String title) {
        this.planId = planId;
        this.reportYear = reportYear;
        this.title = title;
        this.status = DRAFT;
    }

    /** A freshly generated text, as the next number. */
    public void generated(String text, String by, Instant at) {
        this.generatedAt = at;
        write(text, by, at);
    }

    public void write(String text, String by, Instant at) {
        this.body = text;
        this.bodyNumber++;
        this.savedBy = by;
        this.savedAt = at;
    }

    public void publish(Instant at) {
        this.status = PUBLISHED;
        this.publishedAt = at;
    }

    public long getPlanId() { return planId; }
    public int getReportYear() { return reportYear; }
    public String getTitle() { return title; }
    public String getBody() { return body; }
    public int getBodyNumber() { return bodyNumber; }
    public String getStatus() { return status; }
    public Instant getGeneratedAt() { return generatedAt; }
    public String getSavedBy() { return savedBy; }
    public Instant getSavedAt() { return savedAt; }
    public Instant getPublishedAt() { return publishedAt; }
}
