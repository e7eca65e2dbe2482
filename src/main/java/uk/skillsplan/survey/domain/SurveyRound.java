package uk.skillsplan.survey.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import uk.skillsplan.base.AbstractEntity;
import uk.skillsplan.directory.OrganisationKind;

/** A survey round: one questionnaire version asked of some kinds of organisation in one LSIP area. */
@Entity
@Table(name = "survey_round")
public class SurveyRound extends AbstractEntity {

    @Column(name = "lsip_code", nullable = false, length = 9)
    private String lsipCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "questionnaire_version_id")
    private QuestionnaireVersion questionnaireVersion;

    /** The same column as {@link #questionnaireVersion}, read only: its id without loading the version. */
    @Column(name = "questionnaire_version_id", insertable = false, updatable = false)
    private Long questionnaireVersionId;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    /** The day the round's closing was announced (RoundClosed); cleared when the round is extended. */
    @Column(name = "closed_announced_on")
    private LocalDate closedAnnouncedOn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "survey_round_audience", joinColumns = @JoinColumn(name = "round_id"))
    @Column(name = "kind", length = 20)
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Set<OrganisationKind> audience = EnumSet.noneOf(OrganisationKind.class);

    @Column(name = "created_by")
    private Long createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SurveyRound() {
    }

    public SurveyRound(String lsipCode, QuestionnaireVersion questionnaireVersion, String title, Set<OrganisationKind> audience,
                       LocalDate opensOn, LocalDate closesOn, Long createdBy, Instant createdAt) {
        this.lsipCode = lsipCode;
        this.questionnaireVersion = questionnaireVersion;
        this.title = title;
        this.audience = EnumSet.copyOf(audience);
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public void extendTo(LocalDate newCloseDate) {
        this.closesOn = newCloseDate;
        this.closedAnnouncedOn = null;
    }

    public void closingAnnounced(LocalDate on) {
        this.closedAnnouncedOn = on;
    }

    public String getLsipCode() {
        return lsipCode;
    }

    /** The questionnaire version's id, without loading the version (whose definition is a large text). */
    public long getQuestionnaireVersionId() {
        return questionnaireVersionId != null ? questionnaireVersionId : questionnaireVersion.getId();
    }

    public QuestionnaireVersion getQuestionnaireVersion() {
        return questionnaireVersion;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public Set<OrganisationKind> getAudience() {
        return Set.copyOf(audience);
    }
}
