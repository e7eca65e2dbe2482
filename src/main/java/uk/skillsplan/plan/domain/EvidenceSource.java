package uk.skillsplan.plan.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import uk.skillsplan.insight.ImportedEvidenceService;
import uk.skillsplan.insight.InsightService;
import uk.skillsplan.insight.PopulationCoverage;
import uk.skillsplan.insight.PopulationImportSummary;
import uk.skillsplan.insight.ProvisionImportSummary;

/**
 * Where the plan reads its evidence: the insight engine and the imported population and provision
 * data, when there are. Tests of generation and evidence links can put fixed evidence in their place
 * for a while ({@link #useFixedEvidence}), in the one shared test context, instead of starting a
 * second context (two contexts in one JVM replace each other's security-context strategy).
 */
@Component
public class EvidenceSource {

    private final ObjectProvider<InsightService> engine;
    private final ObjectProvider<ImportedEvidenceService> importedEvidence;
    private volatile InsightService fixed;
    private volatile ImportedEvidence fixedImports;

    EvidenceSource(ObjectProvider<InsightService> engine, ObjectProvider<ImportedEvidenceService> importedEvidence) {
        this.engine = engine;
        this.importedEvidence = importedEvidence;
    }

    public Optional<InsightService> insight() {
        InsightService override = fixed;
        return Optional.ofNullable(override != null ? override : engine.getIfAvailable());
    }

    /** The area's population and provision imports and coverage, when insight is there. */
    public Optional<ImportedEvidence> imports() {
        ImportedEvidence override = fixedImports;
        if (override != null) {
            return Optional.of(override);
        }
        ImportedEvidenceService service = importedEvidence.getIfAvailable();
        return service == null ? Optional.empty() : Optional.of(new ImportedEvidence() {
            @Override
            public List<PopulationImportSummary> populations(String lsipCode) {
                return service.populations(lsipCode);
            }

            @Override
            public List<ProvisionImportSummary> provisions(String lsipCode) {
                return service.provisions(lsipCode);
            }

            @Override
            public PopulationCoverage coverage(long roundId, long populationImportId) {
                return service.coverage(roundId, populationImportId);
            }
        });
    }

    /** For tests: answer from this evidence until {@link #useEngine()}. */
    public void useFixedEvidence(InsightService evidence) {
        this.fixed = evidence;
        this.fixedImports = evidence instanceof ImportedEvidence imports ? imports : null;
    }

    public void useEngine() {
        this.fixed = null;
        this.fixedImports = null;
    }
}
