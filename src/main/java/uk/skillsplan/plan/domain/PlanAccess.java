package uk.skillsplan.plan.domain;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.CallerScope;
import uk.skillsplan.security.Role;

/**
 * Who may do what with a plan, written once: the ERB lead and council officers of the plan's area
 * write it; its providers read it; administrators do both; nobody else sees it (until published).
 */
@Component
public class PlanAccess {

    private final CallerScope callers;
    private final PlanRepository plans;

    PlanAccess(CallerScope callers, PlanRepository plans) {
        this.callers = callers;
        this.plans = plans;
    }

    public Caller caller() {
        return callers.require();
    }

    public static boolean mayRead(Caller caller, String lsipCode) {
        return caller.isAdmin() || (caller.is(Role.PROVIDER) || caller.is(Role.COUNCIL) || caller.is(Role.ERB_LEAD))
                && lsipCode.equals(caller.lsipCode());
    }

    public static boolean mayWrite(Caller caller, String lsipCode) {
        return caller.isAdmin() || (caller.is(Role.COUNCIL) || caller.is(Role.ERB_LEAD)) && lsipCode.equals(caller.lsipCode());
    }

    /**
     * Whether the caller edits the section: its owner organisation's people (issue 11), or, while it has
     * no owner, the plan's writers (the ERB lead and council officers of the area); administrators always.
     */
    public static boolean mayEditSection(Caller caller, Plan plan, PlanSection section) {
        if (caller.isAdmin()) {
            return true;
        }
        if (section.getOwnerOrganisationId() == null) {
            return mayWrite(caller, plan.getLsipCode());
        }
        return mayRead(caller, plan.getLsipCode()) && caller.belongsTo(section.getOwnerOrganisationId());
    }

    /** The section's plan, if the caller may edit the section. */
    public Plan sectionWritable(PlanSection section) {
        Plan plan = readable(section.getPlanId());
        if (!mayEditSection(caller(), plan, section)) {
            throw new AccessDeniedException(section.getOwnerOrganisationId() == null
                    ? "Only the ERB lead and council officers of the plan's area may change this section."
                    : "Only the section's owner may change it; comment or suggest an edit instead.");
        }
        return plan;
    }

    /** The plan, if the caller may read it (an unknown plan and another area's look the same: not found). */
    public Plan readable(long planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new NotFoundException("There is no plan " + planId + "."));
        if (!mayRead(caller(), plan.getLsipCode())) {
            throw new AccessDeniedException("Only the ERB lead, council officers and providers of the plan's area may see it.");
        }
        return plan;
    }

    /** The plan, if the caller may write it. */
    public Plan writable(long planId) {
        Plan plan = readable(planId);
        if (!mayWrite(caller(), plan.getLsipCode())) {
            throw new AccessDeniedException("Only the ERB lead and council officers of the plan's area may change it.");
        }
        return plan;
    }
}
