package uk.skillsplan.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.Caller;
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
import uk.skillsplan.security.ErbLeadCouncilOrAdmin;
import uk.skillsplan.security.SignedIn;

/**
 * A published plan is read-only; a new version starts a new draft (issue 10, point 6). A new edition
 * is a new plan in draft - the next edition of the same cycle, or of another cycle - whose sections
 * start from the published text as their first version, with every figure link copied (so each
 * figure still opens its evidence and can be recomputed), and the same rounds, weighting, imports
 * and priorities. The published plan stays published and readable.
 */
@Service
@Transactional(readOnly = true)
public class PlanEditionService {

    private static final Pattern EVIDENCE = Pattern.compile("\\(" + Pattern.quote(SafeMarkdown.EVIDENCE_PATH) + "(\\d+)\\)");

    private final PlanService plans;
    private final PlanAccess access;
    private final PlanSectionRepository sections;
    private final EvidenceLinkRepository links;
    private final PlanPriorityRepository priorities;
    private final SectionWriter writer;
    private final PlanLog log;
    private final PlanViews views;

    PlanEditionService(PlanService plans, PlanAccess access, PlanSectionRepository sections, EvidenceLinkRepository links,
                       PlanPriorityRepository priorities, SectionWriter writer, PlanLog log, PlanViews views) {
        this.plans = plans;
        this.access = access;
        this.sections = sections;
        this.links = links;
        this.priorities = priorities;
        this.writer = writer;
        this.log = log;
        this.views = views;
    }

    /** Whether the caller may start a new edition of the plan: it is published and they write the area's plans. */
    @SignedIn
    public boolean mayStartNewEdition(long planId) {
        Plan plan = access.readable(planId);
        return plan.getStatus() == PlanStatus.PUBLISHED && PlanAccess.mayWrite(access.caller(), plan.getLsipCode());
    }

    /**
     * Starts the next edition of a published plan as a new draft, for the same cycle ({@code null}
     * years) or another one. Refused, with nothing written, for a plan that is not published.
     */
    @ErbLeadCouncilOrAdmin
    @Transactional
    public PlanSummary startNewEdition(long publishedPlanId, Integer cycleStart, Integer cycleEnd) {
        Plan published = access.writable(publishedPlanId);
        if (published.getStatus() != PlanStatus.PUBLISHED) {
            throw ValidationException.of(ValidationException.FORM, "Only a published plan starts a new edition; this one is "
                    + published.getStatus().label().toLowerCase() + ", so edit it as it is.");
        }
        Caller me = access.caller();
        int start = cycleStart == null ? published.getCycleStart() : cycleStart;
        int end = cycleEnd == null ? published.getCycleEnd() : cycleEnd;
        PlanSummary created = plans.create(new NewPlan(published.getLsipCode(), start, end, published.getRoundIds(),
                published.getWeighting(), published.getPopulationImportId(), published.getProvisionImportId()));
        Plan edition = access.writable(created.id());
        edition.follows(published.getId());
        String from = "edition " + published.getEdition() + " (" + published.getCycleStart() + "-" + published.getCycleEnd()
                + "), published";
        for (PlanSection old : sections.findByPlan(published.getId())) {
            SectionText text = writer.current(published, old);
            if (text.empty()) {
                continue;
            }
            PlanSection section = sections.findByPlanAndKind(edition.getId(), old.getKind()).orElseThrow();
            Map<Long, Long> copied = new HashMap<>();
            for (EvidenceLink link : links.findByPlan(published.getId())) {
                if (link.getSectionId() == old.getId()) {
                    copied.put(link.getId(), links.save(link.copyTo(edition.getId(), section.getId())).getId());
                }
            }
            Matcher found = EVIDENCE.matcher(text.body());
            String body = found.replaceAll(m -> {
                Long now = copied.get(Long.parseLong(m.group(1)));
                return Matcher.quoteReplacement(now == null ? m.group() : "(" + SafeMarkdown.EVIDENCE_PATH + now + ")");
            });
            writer.write(edition, section, 0, body, "copied from " + from, me);
        }
        for (PlanPriority p : priorities.findByPlan(published.getId())) {
            priorities.save(new PlanPriority(edition.getId(), p.getPriorityRank(), p.getSicSection(), p.getTitle(),
                    p.getScore(), p.getExplanation()));
        }
        log.record(edition, me, "New edition", "Started from " + from + " (plan " + published.getId() + ").");
        log.record(published, me, "New edition", "Edition " + edition.getEdition() + " started as a new draft (plan "
                + edition.getId() + "); this one stays published.");
        return views.summary(edition);
    }
}
