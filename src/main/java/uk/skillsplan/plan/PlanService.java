package uk.skillsplan.plan;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.Errors;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.plan.domain.EvidenceLinkRepository;
import uk.skillsplan.plan.domain.Plan;
import uk.skillsplan.plan.domain.PlanAccess;
import uk.skillsplan.plan.domain.PlanApprovalRepository;
import uk.skillsplan.plan.domain.PlanEventRepository;
import uk.skillsplan.plan.domain.PlanLog;
import uk.skillsplan.plan.domain.PlanPriorityRepository;
import uk.skillsplan.plan.domain.PlanRepository;
import uk.skillsplan.plan.domain.PlanSection;
import uk.skillsplan.plan.domain.PlanSectionRepository;
import uk.skillsplan.plan.domain.PlanViews;
import uk.skillsplan.plan.domain.PlanWorkingDraft;
import uk.skillsplan.plan.domain.PlanWorkingDraftRepository;
import uk.skillsplan.plan.domain.SectionWriter;
import uk.skillsplan.plan.domain.SectionVersionRepository;
import uk.skillsplan.plan.drafting.QualityChecks;
import uk.skillsplan.security.ErbLeadCouncilOrAdmin;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.SignedIn;

/**
 * Plans and their sections: create a plan for a cycle, read it, and edit its sections as Markdown
 * with every saved version kept. The ERB lead and council officers of the area write; its providers
 * read; administrators do both (see {@link PlanAccess}). A section with an owner (issue 11) is edited
 * by its owner organisation's people only, whatever their role.
 */
@Service
@Transactional(readOnly = true)
public class PlanService {

    private final PlanRepository plans;
    private final PlanSectionRepository sections;
    private final SectionVersionRepository versions;
    private final PlanWorkingDraftRepository drafts;
    private final PlanApprovalRepository approvals;
    private final PlanEventRepository events;
    private final PlanPriorityRepository priorities;
    private final EvidenceLinkRepository links;
    private final PlanAccess access;
    private final SectionWriter writer;
    private final PlanLog log;
    private final PlanViews views;
    private final Clock clock;

    PlanService(PlanRepository plans, PlanSectionRepository sections, SectionVersionRepository versions,
                PlanWorkingDraftRepository drafts, PlanApprovalRepository approvals, PlanEventRepository events,
                PlanPriorityRepository priorities, EvidenceLinkRepository links, PlanAccess access, SectionWriter writer, PlanLog log, PlanViews views,
                Clock clock) {
        this.plans = plans;
        this.sections = sections;
        this.versions = versions;
        this.drafts = drafts;
        this.approvals = approvals;
        this.events = events;
        this.priorities = priorities;
        this.links = links;
        this.access = access;
        this.writer = writer;
        this.log = log;
        this.views = views;
        this.clock = clock;
    }

    /** Creates a plan for a cycle in the caller's area (any area for an administrator), with its sections empty. */
    @ErbLeadCouncilOrAdmin
    @Transactional
    public PlanSummary create(NewPlan command) {
        Caller me = access.caller();
        String area = me.isAdmin() ? command.lsipCode() : me.lsipCode();
        Errors errors = new Errors();
        errors.rejectIf(area == null || area.isBlank(), "lsipCode", "Choose the area the plan is for.");
        errors.rejectIf(command.cycleStart() == null, "cycleStart", "Give the first year of the cycle, for example 2026.");
        errors.rejectIf(command.cycleEnd() == null, "cycleEnd", "Give the last year of the cycle, for example 2029.");
        if (command.cycleStart() != null) {
            errors.rejectIf(command.cycleStart() < 2020 || command.cycleStart() > 2100, "cycleStart",
                    "Give a year between 2020 and 2100.");
        }
        if (command.cycleStart() != null && command.cycleEnd() != null) {
            errors.rejectIf(command.cycleEnd() <= command.cycleStart() || command.cycleEnd() > command.cycleStart() + 5,
                    "cycleEnd", "The cycle ends one to five years after it starts (for example 2026 to 2029).");
        }
        errors.throwIfAny();
        if (!me.isAdmin() && !PlanAccess.mayWrite(me, area)) {
            throw new AccessDeniedException("You may create plans for your own area only.");
        }
        int edition = plans.lastEdition(area, command.cycleStart(), command.cycleEnd()) + 1;
        String title = "Local Skills Improvement Plan " + command.cycleStart() + "-" + command.cycleEnd() + ": "
                + views.areaName(area) + (edition > 1 ? " (edition " + edition + ")" : "");
        List<Long> rounds = command.roundIds() == null ? List.of() : command.roundIds();
        Plan plan = plans.save(new Plan(area, command.cycleStart(), command.cycleEnd(), edition, title, rounds,
                command.weighting() == null ? Weighting.UNWEIGHTED : command.weighting(), me.userIdOrNull(),
                me.displayName(), clock.instant()));
        plan.restOnImports(command.populationImportId(), command.provisionImportId());
        for (SectionKind kind : SectionKind.values()) {
            sections.save(new PlanSection(plan.getId(), kind));
        }
        log.record(plan, me, "Created", title);
        return views.summary(plan);
    }

    /** The plans the caller may see: their area's (all areas' for an administrator), newest cycle first. */
    @SignedIn
    public List<PlanSummary> plans() {
        Caller me = access.caller();
        if (me.isAdmin()) {
            return plans.findAllOrdered().stream().map(views::summary).toList();
        }
        if (me.is(Role.EMPLOYER) || me.lsipCode() == null) {
            throw new AccessDeniedException("Plans are for the ERB lead, councils and providers of an area.");
        }
        return plans.findByArea(me.lsipCode()).stream().map(views::summary).toList();
    }

    @SignedIn
    public PlanSummary plan(long planId) {
        return views.summary(access.readable(planId));
    }

    /** The plan's sections in the DfE order, each with its current text. */
    @SignedIn
    public List<SectionText> sections(long planId) {
        Plan plan = access.readable(planId);
        return sections.findByPlan(planId).stream().map(section -> writer.current(plan, section)).toList();
    }

    @SignedIn
    public SectionText section(long sectionId) {
        PlanSection section = loadSection(sectionId);
        return writer.current(access.readable(section.getPlanId()), section);
    }

    /** Every saved text of a section, newest first. */
    @SignedIn
    public List<SectionText> versions(long sectionId) {
        PlanSection section = loadSection(sectionId);
        Plan plan = access.readable(section.getPlanId());
        return versions.findBySectionNewestFirst(sectionId).stream()
                .map(version -> SectionWriter.toText(plan, section, version)).toList();
    }

    /**
     * Saves a section's text as its next version. {@code startedFrom} is the version the person
     * started from: when someone saved a newer one meanwhile, nothing is saved and a
     * {@link StaleSectionException} carries both texts.
     */
    @SignedIn
    @Transactional(noRollbackFor = StaleSectionException.class)
    public SectionText save(long sectionId, int startedFrom, String body) {
        PlanSection section = loadSection(sectionId);
        Plan plan = access.sectionWritable(section);
        Caller me = access.caller();
        try {
            return writer.write(plan, section, startedFrom, body, "edited", me);
        } catch (StaleSectionException stale) {
            keep(section, me, startedFrom, stale.mine());
            throw stale;
        }
    }

    /** Keeps what the person is typing on the server (called on each pause), so a refresh or lost connection loses nothing. */
    @SignedIn
    @Transactional
    public WorkingDraft keepWorkingDraft(long sectionId, int startedFrom, String body) {
        PlanSection section = loadSection(sectionId);
        Plan plan = access.sectionWritable(section);
        SectionWriter.requireEditable(plan);
        String text = body == null ? "" : body;
        if (text.length() > SectionWriter.MAX_CHARS) {
            text = text.substring(0, SectionWriter.MAX_CHARS);
        }
        PlanWorkingDraft draft = keep(section, access.caller(), startedFrom, text);
        return new WorkingDraft(sectionId, draft.getBaseNumber(), draft.getBody(), draft.getSavedAt());
    }

    /** The caller's unsaved text of a section, if any. */
    @SignedIn
    public Optional<WorkingDraft> workingDraft(long sectionId) {
        PlanSection section = loadSection(sectionId);
        access.readable(section.getPlanId());
        return drafts.find(sectionId, access.caller().userId())
                .map(d -> new WorkingDraft(sectionId, d.getBaseNumber(), d.getBody(), d.getSavedAt()));
    }

    @SignedIn
    @Transactional
    public void discardWorkingDraft(long sectionId) {
        PlanSection section = loadSection(sectionId);
        access.readable(section.getPlanId());
        drafts.find(sectionId, access.caller().userId()).ifPresent(drafts::delete);
    }

    /** What the caller may do with the plan in its present state. */
    @SignedIn
    public PlanPermissions permissions(long planId) {
        Plan plan = access.readable(planId);
        Caller me = access.caller();
        boolean writes = PlanAccess.mayWrite(me, plan.getLsipCode());
        boolean signs = !me.isAdmin() && writes;
        PlanStatus status = plan.getStatus();
        boolean alreadyApproved = approvals.findStanding(planId).stream().anyMatch(a -> a.getRole() == me.role());
        return new PlanPermissions(writes && status.editable(), writes && status == PlanStatus.DRAFT,
                writes && status == PlanStatus.IN_REVIEW,
                signs && status == PlanStatus.AWAITING_SIGN_OFF && !alreadyApproved,
                writes && status == PlanStatus.APPROVED,
                writes && (status == PlanStatus.IN_REVIEW || status == PlanStatus.AWAITING_SIGN_OFF));
    }

    /** Every approval given, standing or reset, oldest first. */
    @SignedIn
    public List<ApprovalRecord> approvals(long planId) {
        access.readable(planId);
        return approvals.findByPlan(planId).stream().map(a -> new ApprovalRecord(a.getPlanRevision(), a.getRole(),
                a.getUserName(), a.getApprovedAt(), a.getResetAt())).toList();
    }

    @SignedIn
    public List<HistoryEntry> history(long planId) {
        access.readable(planId);
        return events.findByPlanNewestFirst(planId).stream().map(e -> new HistoryEntry(e.getHappenedAt(), e.getUserName(),
                e.getPlanRevision(), e.getWhat(), e.getDetail())).toList();
    }

    @SignedIn
    public List<Priority> priorities(long planId) {
        access.readable(planId);
        return priorities.findByPlan(planId).stream().map(p -> new Priority(p.getPriorityRank(), p.getSicSection(),
                p.getTitle(), p.getScore(), p.getExplanation())).toList();
    }

    /** The checks before review: what to fix, each with the section to open. */
    @SignedIn
    public List<QualityProblem> qualityChecks(long planId) {
        Plan plan = access.readable(planId);
        List<SectionText> texts = sections.findByPlan(planId).stream().map(s -> writer.current(plan, s)).toList();
        List<QualityChecks.LinkedFigure> figures = links.findByPlan(planId).stream()
                .map(l -> new QualityChecks.LinkedFigure(l.getSectionId(), l.getWords(),
                        l.getBaseUsed(), l.isCaution())).toList();
        return QualityChecks.check(texts, priorities.findByPlan(planId).size(), figures);
    }

    private PlanWorkingDraft keep(PlanSection section, Caller me, int startedFrom, String text) {
        PlanWorkingDraft draft = drafts.find(section.getId(), me.userId())
                .orElseGet(() -> new PlanWorkingDraft(section.getId(), me.userId()));
        draft.keep(startedFrom, text, clock.instant());
        return drafts.save(draft);
    }

    private PlanSection loadSection(long sectionId) {
        return sections.findById(sectionId).orElseThrow(() -> new NotFoundException("There is no plan section " + sectionId + "."));
    }
}
