package uk.skillsplan.insight.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.MetricQuery;
import uk.skillsplan.insight.PopulationImportSummary;
import uk.skillsplan.insight.WeightedComparison;
import uk.skillsplan.insight.WeightedInsightService;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.insight.WeightingSummary;
import uk.skillsplan.insight.weights.Calibration;
import uk.skillsplan.insight.weights.WeightRun;
import uk.skillsplan.insight.weights.Weights;
import uk.skillsplan.security.AuditAction;
import uk.skillsplan.security.AuditTrail;
import uk.skillsplan.security.ErbLeadOrAdmin;
import uk.skillsplan.security.SignedIn;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/** Weighted and unweighted figures side by side, through the insight service, and the weights themselves. */
@Service
@Transactional(readOnly = true)
class SqlWeightedInsight implements WeightedInsightService {

    private final SqlInsightService insight;
    private final Weights weights;
    private final InsightAccess access;
    private final SurveyRoundService rounds;
    private final AuditTrail audit;

    SqlWeightedInsight(SqlInsightService insight, Weights weights, InsightAccess access, SurveyRoundService rounds,
                       AuditTrail audit) {
        this.insight = insight;
        this.weights = weights;
        this.access = access;
        this.rounds = rounds;
        this.audit = audit;
    }

    @Override
    @SignedIn
    public List<WeightedComparison> compare(List<MetricQuery> queries) {
        List<MetricQuery> both = new ArrayList<>();
        queries.forEach(q -> both.add(q.withWeighting(Weighting.UNWEIGHTED)));
        queries.forEach(q -> both.add(q.withWeighting(Weighting.WEIGHTED)));
        WeightedCells.Weighted[] designs = new WeightedCells.Weighted[both.size()];
        List<Figure> figures = insight.figures(both, designs);
        List<WeightedComparison> result = new ArrayList<>();
        for (int i = 0; i < queries.size(); i++) {
            Figure weighted = figures.get(queries.size() + i);
            WeightedCells.Weighted design = designs[queries.size() + i];
            boolean shown = !weighted.suppressed() && design != null;
            result.add(new WeightedComparison(insight.metric(queries.get(i).metric()), figures.get(i), weighted,
                    shown ? design.effectiveSampleSize() : null, shown ? design.designEffect() : null));
        }
        return result;
    }

    @Override
    @SignedIn
    public Optional<WeightingSummary> weights(long roundId) {
        SurveyRoundSummary round = rounds.describe(roundId);
        access.requireAnalyst(round.lsipCode());
        return weights.current(roundId, round.lsipCode()).map(run -> summary(run, round));
    }

    @Override
    @ErbLeadOrAdmin
    @Transactional
    public WeightingSummary recompute(long roundId, int minResponses, boolean rake, Double trimFactor) {
        SurveyRoundSummary round = rounds.requireManaged(roundId, "Only the ERB lead of the round's area, or an "
                + "administrator, may compute its weights.");
        PopulationImportSummary population = weights.population(round.lsipCode()).orElseThrow(() -> new NotFoundException(
                "Weights need the area's business population, and none has been imported yet."));
        Calibration.Options options = new Calibration.Options(minResponses, rake, trimFactor);
        WeightRun run = weights.compute(roundId, population, options);
        audit.record(AuditAction.WEIGHTS_COMPUTED, "Weights of " + round.title() + " (round " + roundId + ")",
                round.lsipCode(), "Against population import " + population.id() + ": strata of at least " + minResponses
                        + " responses" + (rake ? ", raked to districts" : "")
                        + (trimFactor == null ? ", not trimmed" : ", trimmed at " + trimFactor + " x the mean weight"));
        return summary(run, round);
    }

    private WeightingSummary summary(WeightRun run, SurveyRoundSummary round) {
        PopulationImportSummary population = weights.population(round.lsipCode())
                .filter(p -> p.id() == run.importId()).orElseThrow();
        List<WeightingSummary.Stratum> strata = weights.strata(run).stream()
                .map(s -> new WeightingSummary.Stratum(s.cells(), s.businesses(), s.responses(), s.weight(), s.weightedTotal(),
                        s.trimmed()))
                .toList();
        return new WeightingSummary(run.roundId(), population, run.options().minResponses(), run.options().rake(),
                run.options().trimFactor(), run.cap(), run.converged(), run.businesses(), run.responses(), run.unweighted(),
                run.effectiveSampleSize(), run.designEffect(), run.computedAt(), strata);
    }
}
