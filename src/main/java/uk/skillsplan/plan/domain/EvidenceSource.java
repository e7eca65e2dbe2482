package uk.skillsplan.plan.domain;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.skillsplan.insight.InsightService;

/**
 * Where the plan reads its evidence: the insight engine, when there is one. Tests of generation and
 * evidence links can put fixed evidence in its place for a while ({@link #useFixedEvidence}), in the
 * one shared test context, instead of starting a second context (two contexts in one JVM replace
 * each other's security-context strategy).
 */
@Component
public class EvidenceSource {

    private final ObjectProvider<InsightService> engine;
    private volatile InsightService fixed;

    EvidenceSource(ObjectProvider<InsightService> engine) {
        this.engine = engine;
    }

    public Optional<InsightService> insight() {
        InsightService override = fixed;
        return Optional.ofNullable(override != null ? override : engine.getIfAvailable());
    }

    /** For tests: answer from this evidence until {@link #useEngine()}. */
    public void useFixedEvidence(InsightService evidence) {
        this.fixed = evidence;
    }

    public void useEngine() {
        this.fixed = null;
    }
}
