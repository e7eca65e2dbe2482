package uk.skillsplan.insight;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.CallerScope;
import uk.skillsplan.insight.population.PopulationStore;
import uk.skillsplan.insight.provision.ProvisionStore;
import uk.skillsplan.security.ErbLeadCouncilOrAdmin;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * The imported evidence a skills plan may rest on, for the people who write the area's plan (the ERB
 * lead and council officers of the area, administrators for any area): the area's business
 * population and provision data imports, and a round's coverage against a chosen population import
 * (the same disclosure-controlled table as {@link PopulationCoverageService}).
 */
@Service
@Transactional(readOnly = true)
public class ImportedEvidenceService {

    private final PopulationStore populations;
    private final ProvisionStore provisions;
    private final PopulationCoverageService coverage;
    private final SurveyRoundService rounds;
    private final CallerScope callers;

    ImportedEvidenceService(PopulationStore populations, ProvisionStore provisions, PopulationCoverageService coverage,
                            SurveyRoundService rounds, CallerScope callers) {
        this.populations = populations;
        this.provisions = provisions;
        this.coverage = coverage;
        this.rounds = rounds;
        this.callers = callers;
    }

    /** The area's business population imports, newest first. */
    @ErbLeadCouncilOrAdmin
    public List<PopulationImportSummary> populations(String lsipCode) {
        requireWriter(lsipCode);
        return populations.imports(lsipCode);
    }

    /** The area's provision data imports, newest first. */
    @ErbLeadCouncilOrAdmin
    public List<ProvisionImportSummary> provisions(String lsipCode) {
        requireWriter(lsipCode);
        return provisions.imports(lsipCode);
    }

    /** The round's coverage for its whole area against one of the area's population imports. */
    @ErbLeadCouncilOrAdmin
    public PopulationCoverage coverage(long roundId, long populationImportId) {
        SurveyRoundSummary round = rounds.describe(roundId);
        requireWriter(round.lsipCode());
        PopulationImportSummary population = populations.find(populationImportId)
                .filter(p -> p.lsipCode().equals(round.lsipCode()))
                .orElseThrow(() -> new NotFoundException("There is no population import " + populationImportId
                        + " for the round's area."));
        return coverage.coverage(round, null, population);
    }

    private void requireWriter(String lsipCode) {
        Caller me = callers.require();
        if (!me.isAdmin() && (me.lsipCode() == null || !me.lsipCode().equals(lsipCode))) {
            throw new AccessDeniedException("You can see the imported evidence of your own organisation's area only.");
        }
    }
}
