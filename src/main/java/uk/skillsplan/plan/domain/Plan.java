package uk.skillsplan.plan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import uk.skillsplan.base.AbstractEntity;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.plan.PlanStatus;

/** A plan of one area and cycle (and edition). Its revision goes up with every saved section text. */
@Entity
@Table(name = "plan")
public class Plan extends AbstractEntity {

    private String lsipCode;
    private int cycleStart;
    private int cycleEnd;
    private int edition;
    private String title;
    @Enumerated(EnumType.STRING)
    private PlanStatus status;
    private int revision;
    private String roundIds;
    @Enumerated(EnumType.STRING)
    private Weighting weighting;
    private Instant generatedAt;
    private Long createdBy;
    private String createdByName;
    private Instant createdAt;
    private Instant publishedAt;
    private Long populationImportId;
    private Long provisionImportId;
    private Long followsPlanId;

    protected Plan() {
    }

    public Plan(String lsipCode, int cycleStart, int cycleEnd, int edition, String title, List<Long> roundIds,
                Weighting weighting, Long createdBy, String createdByName, Instant createdAt) {
        this.lsipCode = lsipCode;
        this.cycleStart = cycleStart;
        this.cycleEnd = cycleEnd;
        this.edition = edition;
        this.title = title;
        this.status = PlanStatus.DRAFT;
        this.roundIds = roundIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.weighting = weighting;
        this.createdBy = createdBy;
        this.createdByName = createdByName;
        this.createdAt = createdAt;
    }

    public String getLsipCode() { return lsipCode; }
    public int getCycleStart() { return cycleStart; }
    public int getCycleEnd() { return cycleEnd; }
    public int getEdition() { return edition; }
    public String getTitle() { return title; }
    public PlanStatus getStatus() { return status; }
    public int getRevision() { return revision; }
    public Weighting getWeighting() { return weighting; }
    public Instant getGeneratedAt() { return generatedAt; }
    public Instant getPublishedAt() { return publishedAt; }
    public Long getPopulationImportId() { return populationImportId; }
    public Long getProvisionImportId() { return provisionImportId; }
    public Long getFollowsPlanId() { return followsPlanId; }

    public List<Long> getRoundIds() {
        return roundIds.isBlank() ? List.of() : Arrays.stream(roundIds.split(",")).map(Long::valueOf).toList();
    }

    /** A section text was saved: the plan moves to its next revision. */
    public int nextRevision() {
        return ++revision;
    }

    public void moveTo(PlanStatus next) {
        this.status = next;
    }

    /** The evidence the plan rests on: which rounds, weighted or not. */
    public void restOn(List<Long> rounds, Weighting weighting) {
        this.roundIds = rounds.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.weighting = weighting;
    }

    /** The business population and provision data imports the plan rests on (null: none). */
    public void restOnImports(Long population, Long provision) {
        this.populationImportId = population;
        this.provisionImportId = provision;
    }

    /** This plan is a new edition of the published plan {@code published}. */
    public void follows(long published) {
        this.followsPlanId = published;
    }

    public void generated(Instant at) {
        this.generatedAt = at;
    }

    public void published(Instant at) {
        this.status = PlanStatus.PUBLISHED;
        this.publishedAt = at;
    }
}
