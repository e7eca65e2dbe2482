package uk.skillsplan.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import uk.skillsplan.base.AbstractEntity;

/** A published, immutable version of a questionnaire: its whole definition as JSON plus a checksum. */
@Entity
@Immutable
@Table(name = "questionnaire_version")
public class QuestionnaireVersion extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "questionnaire_id")
    private Questionnaire questionnaire;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(nullable = false, length = 1000000)
    private String definition;

    @Column(nullable = false, length = 64)
    private String checksum;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected QuestionnaireVersion() {
    }

    public QuestionnaireVersion(Questionnaire questionnaire, int versionNumber, String title, String definition,
                                String checksum, Instant publishedAt) {
        this.questionnaire = questionnaire;
        this.versionNumber = versionNumber;
        this.title = title;
        this.definition = definition;
        this.checksum = checksum;
        this.publishedAt = publishedAt;
    }

    public Questionnaire getQuestionnaire() {
        return questionnaire;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getTitle() {
        return title;
    }

    public String getDefinition() {
        return definition;
    }

    public String getChecksum() {
        return checksum;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }
}
