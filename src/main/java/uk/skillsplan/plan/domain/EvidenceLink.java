package uk.skillsplan.plan.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.InsightFilter;
import uk.skillsplan.insight.MetricQuery;
import uk.skillsplan.insight.Weighting;

/** A figure written into a section: the stored query, and the value and words the text used. */
@Entity
@Table(name = "plan_evidence_link")
public class EvidenceLink extends uk.skillsplan.base.AbstractEntity {

    private long planId;
    private long sectionId;
    private String metric;
    private String roundIds;
    private String lsipCode;
    private String ladCode;
    private String sicSection;
    private String sizeBand;
    private Integer socMajor;
    @Enumerated(EnumType.STRING)
    private Weighting weighting;
    private Double valueUsed;
    private int baseUsed;
    private boolean caution;
    private Double intervalLower;
    private Double intervalUpper;
    private String words;
    private Instant computedAt;

    protected EvidenceLink() {
    }

    public EvidenceLink(long planId, long sectionId, Figure figure, String words) {
        this.planId = planId;
        this.sectionId = sectionId;
        MetricQuery query = figure.query();
        this.metric = query.metric();
        this.roundIds = query.rounds().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.lsipCode = query.lsipCode();
        this.ladCode = query.filter().ladCode();
        this.sicSection = query.filter().sicSection();
        this.sizeBand = query.filter().sizeBand();
        this.socMajor = query.filter().socMajor();
        this.weighting = query.weighting();
        use(figure, words);
    }

    /** The same figure link in another plan's section (a new edition): the same query, value and words. */
    public EvidenceLink copyTo(long otherPlanId, long otherSectionId) {
        EvidenceLink copy = new EvidenceLink();
        copy.planId = otherPlanId;
        copy.sectionId = otherSectionId;
        copy.metric = metric;
        copy.roundIds = roundIds;
        copy.lsipCode = lsipCode;
        copy.ladCode = ladCode;
        copy.sicSection = sicSection;
        copy.sizeBand = sizeBand;
        copy.socMajor = socMajor;
        copy.weighting = weighting;
        copy.valueUsed = valueUsed;
        copy.baseUsed = baseUsed;
        copy.caution = caution;
        copy.intervalLower = intervalLower;
        copy.intervalUpper = intervalUpper;
        copy.words = words;
        copy.computedAt = computedAt;
        return copy;
    }

    /** The text now says this figure, in these words. */
    public void use(Figure figure, String words) {
        this.valueUsed = figure.value();
        this.baseUsed = figure.base();
        this.caution = figure.caution();
        this.intervalLower = figure.suppressed() || figure.interval() == null ? null : figure.interval().lower();
        this.intervalUpper = figure.suppressed() || figure.interval() == null ? null : figure.interval().upper();
        this.words = words;
        this.computedAt = figure.computedAt();
    }

    public MetricQuery query() {
        return new MetricQuery(metric, Arrays.stream(roundIds.split(",")).map(Long::valueOf).toList(), lsipCode,
                new InsightFilter(ladCode, sicSection, sizeBand, socMajor), weighting);
    }

    public long getPlanId() { return planId; }
    public long getSectionId() { return sectionId; }
    public Double getValueUsed() { return valueUsed; }
    public int getBaseUsed() { return baseUsed; }
    public boolean isCaution() { return caution; }
    /** The lower end of the 95% interval the text used, or {@code null} (none applies, or not recorded). */
    public Double getIntervalLower() { return intervalLower; }
    public Double getIntervalUpper() { return intervalUpper; }
    public String getWords() { return words; }
    public Instant getComputedAt() { return computedAt; }
}
