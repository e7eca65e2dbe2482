package uk.skillsplan.plan;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.plan.domain.Plan;
import uk.skillsplan.plan.domain.PlanAccess;
import uk.skillsplan.plan.domain.PlanApproval;
import uk.skillsplan.plan.domain.PlanApprovalRepository;
import uk.skillsplan.plan.domain.PlanLog;
import uk.skillsplan.plan.domain.PlanViews;
import uk.skillsplan.security.ErbLeadCouncilOrAdmin;
import uk.skillsplan.security.ErbLeadOrCouncil;
import uk.skillsplan.security.Role;

/**
 * A plan's way to publication: draft, in review, awaiting sign-off, approved (by both the ERB lead
 * and a council officer of the area, on the same revision), published (read-only). An edit after an
 * approval resets it ({@code SectionWriter}); the history keeps who approved which revision.
 */
@Service
@Transactional(readOnly = true)
public class PlanSignOffService {

    /** Approval needs one of each. */
    static final Set<Role> SIGNATORIES = EnumSet.of(Role.ERB_LEAD, Role.COUNCIL);

    private final PlanAccess access;
    private final PlanApprovalRepository approvals;
    private final PlanLog log;
    private final PlanViews views;
    private final Clock clock;

    PlanSignOffService(PlanAccess access, PlanApprovalRepository approvals, PlanLog log, PlanViews views, Clock clock) {
        this.access = access;
        this.approvals = approvals;
        this.log = log;
        this.views = views;
        this.clock = clock;
    }

    @ErbLeadCouncilOrAdmin
    @Transactional
    public PlanSummary submitForReview(long planId) {
        return move(planId, PlanStatus.DRAFT, PlanStatus.IN_REVIEW, "Sent for review");
    }

    @ErbLeadCouncilOrAdmin
    @Transactional
    public PlanSummary requestSignOff(long planId) {
        return move(planId, PlanStatus.IN_REVIEW, PlanStatus.AWAITING_SIGN_OFF, "Sign-off requested");
    }

    /** Back to draft from review or sign-off; approvals given so far are reset. */
    @ErbLeadCouncilOrAdmin
    @Transactional
    public PlanSummary returnToDraft(long planId) {
        Plan plan = access.writable(planId);
        if (plan.getStatus() != PlanStatus.IN_REVIEW && plan.getStatus() != PlanStatus.AWAITING_SIGN_OFF) {
            throw refused("Only a plan in review or awaiting sign-off can go back to draft; this one is "
                    + plan.getStatus().label().toLowerCase() + ".");
        }
        approvals.findStanding(planId).forEach(a -> a.reset(clock.instant()));
        plan.moveTo(PlanStatus.DRAFT);
        log.record(plan, access.caller(), "Returned to draft", "Approvals given so far were reset.");
        return views.summary(plan);
    }

    /**
     * The ERB lead or a council officer of the plan's area approves its current revision. When both
     * have approved, the plan is approved.
     */
    @ErbLeadOrCouncil
    @Transactional
    public PlanSummary approve(long planId) {
        Plan plan = access.readable(planId);
        Caller me = access.caller();
        if (!SIGNATORIES.contains(me.role()) || !PlanAccess.mayWrite(me, plan.getLsipCode())) {
            throw new AccessDeniedException("Only the ERB lead and a council officer of the plan's area approve it.");
        }
        if (plan.getStatus() != PlanStatus.AWAITING_SIGN_OFF) {
            throw refused("The plan can be approved once sign-off has been requested; it is "
                    + plan.getStatus().label().toLowerCase() + ".");
        }
        List<PlanApproval> standing = approvals.findStanding(planId);
        if (standing.stream().anyMatch(a -> a.getRole() == me.role())) {
            throw refused("The " + me.role().label().toLowerCase() + " has already approved revision "
                    + plan.getRevision() + "; the plan now needs the other signatory.");
        }
        approvals.save(new PlanApproval(planId, plan.getRevision(), me.role(), me.userId(), me.displayName(),
                me.organisationId(), clock.instant()));
        log.record(plan, me, "Approved", me.displayName() + " (" + me.role().label() + ") approved revision "
                + plan.getRevision() + ".");
        Set<Role> approvedBy = standing.stream().map(PlanApproval::getRole).collect(Collectors.toCollection(
                () -> EnumSet.noneOf(Role.class)));
        approvedBy.add(me.role());
        if (approvedBy.containsAll(SIGNATORIES)) {
            plan.moveTo(PlanStatus.APPROVED);
            log.record(plan, me, "Plan approved", "Approved by the ERB lead and the council at revision "
                    + plan.getRevision() + ".");
        }
        return views.summary(plan);
    }

    /** Publishes an approved plan: read-only from now on, and on the public page. */
    @ErbLeadCouncilOrAdmin
    @Transactional
    public PlanSummary publish(long planId) {
        Plan plan = access.writable(planId);
        if (plan.getStatus() != PlanStatus.APPROVED) {
            throw refused("Only an approved plan can be published; this one is " + plan.getStatus().label().toLowerCase() + ".");
        }
        plan.published(clock.instant());
        log.record(plan, access.caller(), "Published", "Published at revision " + plan.getRevision() + ".");
        return views.summary(plan);
    }

    private PlanSummary move(long planId, PlanStatus from, PlanStatus to, String what) {
        Plan plan = access.writable(planId);
        if (plan.getStatus() != from) {
            throw refused("This step needs a plan that is " + from.label().toLowerCase() + "; this one is "
                    + plan.getStatus().label().toLowerCase() + ".");
        }
        plan.moveTo(to);
        log.record(plan, access.caller(), what, "Now " + to.label().toLowerCase() + ".");
        return views.summary(plan);
    }

    private static ValidationException refused(String message) {
        return ValidationException.of(ValidationException.FORM, message);
    }
}
