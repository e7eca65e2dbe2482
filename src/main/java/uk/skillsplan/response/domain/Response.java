package uk.skillsplan.response.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.skillsplan.base.AbstractEntity;
import uk.skillsplan.response.CollectionMode;
import uk.skillsplan.response.ResponseStatus;

/** One organisation's response to one round. Its answers live in the answer tables (AnswerStore). */
@Entity
@Table(name = "response")
public class Response extends AbstractEntity {

    @Column(name = "round_id", nullable = false)
    private long roundId;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private ResponseStatus status = ResponseStatus.DRAFT;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "collection_mode", nullable = false, length = 20)
    private CollectionMode collectionMode;

    @Column(name = "current_section", length = 40)
    private String currentSection;

    @Column(name = "submitted_revision")
    private Integer submittedRevision;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "last_edited_by")
    private Long lastEditedBy;

    @Column(name = "last_edited_by_name", length = 120)
    private String lastEditedByName;

    @Column(name = "last_edited_at")
    private Instant lastEditedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Response() {
    }

    public Response(long roundId, long organisationId, CollectionMode collectionMode, Instant createdAt) {
        this.roundId = roundId;
        this.organisationId = organisationId;
        this.collectionMode = collectionMode;
        this.createdAt = createdAt;
    }

    public int nextRevision() {
        return submittedRevision == null ? 1 : submittedRevision + 1;
    }

    public void submitted(int revision, CollectionMode mode, Instant at) {
        this.submittedRevision = revision;
        this.submittedAt = at;
        this.collectionMode = mode;
        this.status = ResponseStatus.SUBMITTED;
    }

    public long getRoundId() {
        return roundId;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public ResponseStatus getStatus() {
        return status;
    }

    public CollectionMode getCollectionMode() {
        return collectionMode;
    }

    public String getCurrentSection() {
        return currentSection;
    }

    public Integer getSubmittedRevision() {
        return submittedRevision;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getLastEditedByName() {
        return lastEditedByName;
    }

    public Instant getLastEditedAt() {
        return lastEditedAt;
    }
}
