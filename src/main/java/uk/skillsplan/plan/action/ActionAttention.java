package uk.skillsplan.plan.action;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.AttentionItem;
import uk.skillsplan.base.AttentionProvider;
import uk.skillsplan.directory.CallerScope;
import uk.skillsplan.plan.ActionStatus;
import uk.skillsplan.plan.domain.PlanActionRepository;

/**
 * "An action due": each action of the signed-in person's organisation that is not done and is due
 * within {@link #DAYS_AHEAD} days, or overdue.
 */
@Component
class ActionAttention implements AttentionProvider {

    static final int DAYS_AHEAD = 14;

    private final CallerScope callers;
    private final PlanActionRepository actions;
    private final Clock clock;

    ActionAttention(CallerScope callers, PlanActionRepository actions, Clock clock) {
        this.callers = callers;
        this.actions = actions;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AttentionItem> itemsForCurrentUser() {
        var me = callers.current().orElse(null);
        if (me == null || me.organisationId() == null) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        return actions.findDueBy(me.organisationId(), today.plusDays(DAYS_AHEAD), ActionStatus.DONE).stream()
                .map(a -> {
                    boolean overdue = a.getDueDate().isBefore(today);
                    return new AttentionItem(overdue ? "Action overdue" : "Action due",
                            "\"" + a.getTitle() + "\" " + (overdue ? "was due on " : "is due on ") + a.getDueDate() + ".",
                            "plans/" + a.getPlanId() + "/actions", a.getDueDate().toString());
                }).toList();
    }
}
