package uk.skillsplan.plan.collaboration;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.skillsplan.base.AttentionItem;
import uk.skillsplan.base.AttentionProvider;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.CallerScope;
import uk.skillsplan.plan.PlanStatus;
import uk.skillsplan.plan.domain.Plan;
import uk.skillsplan.plan.domain.PlanApprovalRepository;
import uk.skillsplan.plan.domain.PlanRepository;
import uk.skillsplan.security.Role;

/**
 * The plan's part of "what needs you": suggestions to decide on the sections the person edits, open
 * comments on their organisation's sections, mentions of their organisation, and plans awaiting their
 * approval (the ERB lead and council officers of the area, until their role has approved).
 */
@Component
class CollaborationAttention implements AttentionProvider {

    private final CallerScope callers;
    private final CollaborationService collaboration;
    private final PlanRepository plans;
    private final PlanApprovalRepository approvals;

    CollaborationAttention(CallerScope callers, CollaborationService collaboration, PlanRepository plans,
                           PlanApprovalRepository approvals) {
        this.callers = callers;
        this.collaboration = collaboration;
        this.plans = plans;
        this.approvals = approvals;
    }

    @Override
    public List<AttentionItem> itemsForCurrentUser() {
        Caller me = callers.current().orElse(null);
        if (me == null || me.lsipCode() == null
                || !(me.is(Role.PROVIDER) || me.is(Role.COUNCIL) || me.is(Role.ERB_LEAD))) {
            return List.of();
        }
        List<AttentionItem> items = new ArrayList<>();
        for (Waiting waiting : collaboration.waitingForMe()) {
            items.add(new AttentionItem(waiting.kind().label(), waiting.text(), "plans/sections/" + waiting.sectionId(),
                    waiting.since().toString()));
        }
        if (!me.is(Role.PROVIDER)) {
            for (Plan plan : plans.findByArea(me.lsipCode())) {
                if (plan.getStatus() == PlanStatus.AWAITING_SIGN_OFF
                        && approvals.findStanding(plan.getId()).stream().noneMatch(a -> a.getRole() == me.role())) {
                    items.add(new AttentionItem("Approval to give", "\"" + plan.getTitle() + "\" awaits your approval.",
                            "plans/" + plan.getId(), ""));
                }
            }
        }
        return items;
    }
}
