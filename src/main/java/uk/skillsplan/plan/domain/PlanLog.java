package uk.skillsplan.plan.domain;

import java.time.Clock;
import org.springframework.stereotype.Component;
import uk.skillsplan.directory.Caller;

/** Writes a plan's history, one line per thing that happened. */
@Component
public class PlanLog {

    private final PlanEventRepository events;
    private final Clock clock;

    PlanLog(PlanEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    public void record(Plan plan, Caller by, String what, String detail) {
        events.save(new PlanEvent(plan.getId(), plan.getRevision(), clock.instant(), by.userIdOrNull(), by.displayName(),
                what, detail));
    }
}
