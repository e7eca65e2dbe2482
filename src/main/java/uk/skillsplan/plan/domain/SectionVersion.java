package uk.skillsplan.plan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import uk.skillsplan.base.AbstractEntity;

/** One saved text of a section; never changed once written. */
@Entity
@Table(name = "plan_section_version")
public class SectionVersion extends AbstractEntity {

    private long sectionId;
    private int versionNumber;
    private String body;
    private String note;
    private Long authorId;
    private String authorName;
    private Instant createdAt;

    protected SectionVersion() {
    }

    public SectionVersion(long sectionId, int versionNumber, String body, String note, Long authorId, String authorName,
                          Instant createdAt) {
        this.sectionId = sectionId;
        this.versionNumber = versionNumber;
        this.body = body;
        this.note = note;
        this.authorId = authorId;
        this.authorName = authorName;
        this.createdAt = createdAt;
    }

    public long getSectionId() { return sectionId; }
    public int getVersionNumber() { return versionNumber; }
    public String getBody() { return body; }
    public String getNote() { return note; }
    public Long getAuthorId() { return authorId; }
    public String getAuthorName() { return authorName; }
    public Instant getCreatedAt() { return createdAt; }
}
