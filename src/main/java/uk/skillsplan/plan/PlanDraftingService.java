package uk.skillsplan.plan;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import uk.skillsplan.plan.domain.EvidenceSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.insight.AnalysableRound;
import uk.skillsplan.insight.InsightService;
import uk.skillsplan.insight.PopulationCoverage;
import uk.skillsplan.insight.PopulationImportSummary;
import uk.skillsplan.insight.ProvisionImportSummary;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.plan.domain.ImportedEvidence;
import uk.skillsplan.plan.document.SafeMarkdown;
import uk.skillsplan.plan.domain.EvidenceLink;
import uk.skillsplan.plan.domain.EvidenceLinkRepository;
import uk.skillsplan.plan.domain.Plan;
import uk.skillsplan.plan.domain.PlanAccess;
import uk.skillsplan.plan.domain.PlanLog;
import uk.skillsplan.plan.domain.PlanPriority;
import uk.skillsplan.plan.domain.PlanPriorityRepository;
import uk.skillsplan.plan.domain.PlanSection;
import uk.skillsplan.plan.domain.PlanSectionRepository;
import uk.skillsplan.plan.domain.PlanViews;
import uk.skillsplan.plan.domain.SectionWriter;
import uk.skillsplan.plan.drafting.Draft;
import uk.skillsplan.plan.drafting.DraftWriter;
import uk.skillsplan.plan.drafting.Sensitivity;
import uk.skillsplan.security.ErbLeadCouncilOrAdmin;
import uk.skillsplan.security.SignedIn;

/**
 * Generates a plan's draft from the evidence it rests on: every section's text (kept as a new
 * version, so nothing written before is lost), each figure stored as an evidence link (its query and
 * the value used), and the ranked priorities.
 */
@Service
@Transactional(readOnly = true)
public class PlanDraftingService {

    private final EvidenceSource insight;
    private final PlanAccess access;
    private final PlanSectionRepository sections;
    private final EvidenceLinkRepository links;
    private final PlanPriorityRepository priorities;
    private final SectionWriter writer;
    private final PlanLog log;
    private final PlanViews views;
    private final Clock clock;

    PlanDraftingService(EvidenceSource insight, PlanAccess access, PlanSectionRepository sections,
                        EvidenceLinkRepository links, PlanPriorityRepository priorities, SectionWriter writer, PlanLog log,
                        PlanViews views, Clock clock) {
        this.insight = insight;
        this.access = access;
        this.sections = sections;
        this.links = links;
        this.priorities = priorities;
        this.writer = writer;
        this.log = log;
        this.views = views;
        this.clock = clock;
    }

    /** The rounds of the caller's area (or of {@code lsipCode}, for administrators) a plan may rest on; empty while there is no evidence engine. */
    @SignedIn
    public List<AnalysableRound> rounds(String lsipCode) {
        Caller me = access.caller();
        String area = me.isAdmin() ? lsipCode : me.lsipCode();
        InsightService evidence = insight.insight().orElse(null);
        if (area == null || evidence == null || !PlanAccess.mayRead(me, area)) {
            return List.of();
        }
        return evidence.rounds(area);
    }

    /** The business population imports of the caller's area (or of {@code lsipCode}, for administrators), newest first. */
    @SignedIn
    public List<PopulationImportSummary> populations(String lsipCode) {
        return fromImports(lsipCode, ImportedEvidence::populations);
    }

    /** The provision data imports of the caller's area (or of {@code lsipCode}, for administrators), newest first. */
    @SignedIn
    public List<ProvisionImportSummary> provisions(String lsipCode) {
        return fromImports(lsipCode, ImportedEvidence::provisions);
    }

    private <T> List<T> fromImports(String lsipCode, java.util.function.BiFunction<ImportedEvidence, String, List<T>> list) {
        Caller me = access.caller();
        String area = me.isAdmin() ? lsipCode : me.lsipCode();
        ImportedEvidence imports = insight.imports().orElse(null);
        if (area == null || imports == null || !PlanAccess.mayWrite(me, area)) {
            return List.of();
        }
        return list.apply(imports, area);
    }

    /**
     * Generates the draft from the chosen rounds (weighted or not) and the plan's population and
     * provision imports: each section gets the generated text as its next version.
     */
    @ErbLeadCouncilOrAdmin
    @Transactional
    public PlanSummary generate(long planId, List<Long> roundIds, Weighting weighting) {
        return generate(planId, roundIds, weighting, null, null);
    }

    /**
     * Generates the draft resting on the chosen rounds, weighting, business population import and
     * provision data import ({@code null}: the plan's choice so far, else the area's latest).
     */
    @ErbLeadCouncilOrAdmin
    @Transactional
    public PlanSummary generate(long planId, List<Long> roundIds, Weighting weighting, Long populationImportId,
                                Long provisionImportId) {
        Plan plan = access.writable(planId);
        SectionWriter.requireEditable(plan);
        InsightService evidence = insight.insight().orElse(null);
        if (evidence == null) {
            throw ValidationException.of(ValidationException.FORM, "The evidence cannot be read yet, so no draft can be "
                    + "generated. Write the sections by hand, or try again later.");
        }
        List<Long> chosen = roundIds == null || roundIds.isEmpty() ? plan.getRoundIds() : roundIds;
        List<AnalysableRound> rounds = evidence.rounds(plan.getLsipCode()).stream().filter(r -> chosen.contains(r.id())).toList();
        if (rounds.isEmpty()) {
            throw ValidationException.of("roundIds", "Choose at least one survey round of the area for the plan to rest on.");
        }
        Weighting weighted = weighting == null ? plan.getWeighting() : weighting;
        if (weighted == Weighting.WEIGHTED) {
            requireWeightsAvailable(evidence, plan, rounds);
        }
        ImportedEvidence imports = insight.imports().orElse(null);
        PopulationImportSummary population = chosen(imports == null ? List.of() : imports.populations(plan.getLsipCode()),
                populationImportId, plan.getPopulationImportId(), PopulationImportSummary::id, "populationImportId",
                "Choose one of the area's business population imports.");
        ProvisionImportSummary provision = chosen(imports == null ? List.of() : imports.provisions(plan.getLsipCode()),
                provisionImportId, plan.getProvisionImportId(), ProvisionImportSummary::id, "provisionImportId",
                "Choose one of the area's provision data imports.");
        plan.restOn(rounds.stream().map(AnalysableRound::id).sorted().toList(), weighted);
        plan.restOnImports(population == null ? null : population.id(), provision == null ? null : provision.id());
        AnalysableRound employerRound = rounds.stream().filter(r -> "EMPLOYER".equals(r.audience()))
                .max(java.util.Comparator.comparing(AnalysableRound::opensOn)).orElse(null);
        PopulationCoverage coverage = population == null || employerRound == null ? null
                : imports.coverage(employerRound.id(), population.id());
        Draft draft = new DraftWriter(evidence, plan.getLsipCode(), views.areaName(plan.getLsipCode()),
                plan.getCycleStart() + " to " + plan.getCycleEnd(), rounds, weighted)
                .withImports(coverage, employerRound, importsInWords(population, provision)).write();
        Caller me = access.caller();
        for (Map.Entry<SectionKind, String> generated : draft.sections().entrySet()) {
            PlanSection section = sections.findByPlanAndKind(planId, generated.getKey()).orElseThrow();
            String text = generated.getValue();
            for (int i = draft.citations().size() - 1; i >= 0; i--) {
                Draft.Citation citation = draft.citations().get(i);
                String placeholder = "(" + Draft.PLACEHOLDER + i + ")";
                if (citation.section() == generated.getKey() && text.contains(placeholder)) {
                    EvidenceLink link = links.save(new EvidenceLink(planId, section.getId(), citation.figure(), citation.words()));
                    text = text.replace(placeholder, "(" + SafeMarkdown.EVIDENCE_PATH + link.getId() + ")");
                }
            }
            writer.write(plan, section, section.getCurrentNumber(), text, "generated from the evidence", me);
        }
        priorities.deleteByPlan(planId);
        draft.priorities().forEach(p -> priorities.save(new PlanPriority(planId, p.rank(), p.sicSection(), p.label(),
                p.score(), p.explanation())));
        plan.generated(clock.instant());
        log.record(plan, me, "Generated", "Draft generated from " + rounds.size() + " round(s), "
                + draft.citations().size() + " figure(s), " + draft.priorities().size() + " priorities.");
        return views.summary(plan);
    }

    /**
     * The sensitivity check of the plan's priorities, on the evidence it rests on now: the other
     * weighting, and each size band and each sector left out in turn (see {@code Sensitivity}). Outside
     * a transaction: the engine's refusal of weighted figures (before weights exist) is an answer here,
     * and must not mark a surrounding transaction for rollback.
     */
    @SignedIn
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public List<RankingCheck> sensitivity(long planId) {
        Plan plan = access.readable(planId);
        InsightService evidence = insight.insight().orElse(null);
        if (evidence == null) {
            throw ValidationException.of(ValidationException.FORM, "The evidence cannot be read just now, so the ranking "
                    + "cannot be checked; try again later.");
        }
        List<AnalysableRound> rounds = evidence.rounds(plan.getLsipCode()).stream()
                .filter(r -> plan.getRoundIds().contains(r.id())).toList();
        if (rounds.isEmpty()) {
            throw ValidationException.of(ValidationException.FORM, "The plan does not rest on any survey round yet: "
                    + "generate the draft first.");
        }
        return new Sensitivity(evidence, plan.getLsipCode(), views.areaName(plan.getLsipCode()), rounds,
                plan.getWeighting()).check();
    }

    /** The import asked for, else the plan's, else the newest; refused when the one asked for is not the area's. */
    private static <T> T chosen(List<T> available, Long asked, Long planChoice, java.util.function.ToLongFunction<T> id,
                                String field, String refusal) {
        if (asked != null) {
            return available.stream().filter(i -> id.applyAsLong(i) == asked).findFirst()
                    .orElseThrow(() -> ValidationException.of(field, refusal));
        }
        return available.stream().filter(i -> planChoice != null && id.applyAsLong(i) == planChoice).findFirst()
                .orElse(available.isEmpty() ? null : available.getFirst());
    }

    static String importsInWords(PopulationImportSummary population, ProvisionImportSummary provision) {
        StringBuilder words = new StringBuilder();
        if (population != null) {
            words.append("The business population is ONS UK Business Counts ").append(population.year()).append(" (")
                    .append(population.unit().noun()).append(", ").append(String.format(java.util.Locale.UK, "%,d",
                            population.totalBusinesses())).append(" in the area).");
        }
        if (provision != null) {
            words.append(words.isEmpty() ? "" : " ").append("What colleges and providers deliver comes from DfE further "
                    + "education statistics for ").append(provision.academicYear()).append(".");
        }
        return words.toString();
    }

    /** Weighted figures need the area's business population; say so rather than write a draft without figures. */
    private static void requireWeightsAvailable(InsightService evidence, Plan plan, List<AnalysableRound> rounds) {
        var probe = new uk.skillsplan.insight.MetricQuery("TRAINING_INCIDENCE", List.of(rounds.getFirst().id()),
                plan.getLsipCode(), null, Weighting.WEIGHTED);
        try {
            evidence.figure(probe);
        } catch (uk.skillsplan.base.NotFoundException refused) {
            if (refused.getMessage() != null && refused.getMessage().startsWith("Weighted")) {
                throw ValidationException.of("weighting", refused.getMessage());
            }
        }
    }
}
