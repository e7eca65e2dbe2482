package uk.skillsplan.plan.domain;

import java.util.List;
import uk.skillsplan.insight.PopulationCoverage;
import uk.skillsplan.insight.PopulationImportSummary;
import uk.skillsplan.insight.ProvisionImportSummary;

/**
 * The imported evidence a plan rests on besides its rounds, as the plan asks for it: insight's
 * {@code ImportedEvidenceService}, or fixed imports in tests ({@link EvidenceSource#useFixedEvidence}).
 */
public interface ImportedEvidence {

    List<PopulationImportSummary> populations(String lsipCode);

    List<ProvisionImportSummary> provisions(String lsipCode);

    PopulationCoverage coverage(long roundId, long populationImportId);
}
