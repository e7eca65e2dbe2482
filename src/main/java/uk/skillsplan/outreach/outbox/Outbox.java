package uk.skillsplan.outreach.outbox;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues e-mails in the outbox table, in the transaction of the action that causes them (an
 * invitation, a reminder, a join request): they are kept exactly when the action is, and
 * {@link OutboxDelivery} sends them afterwards.
 */
@Component
public class Outbox {

    private final OutboxStore store;
    private final Clock clock;

    Outbox(OutboxStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void queue(Mail mail) {
        store.insert(mail, clock.instant());
    }
}
