package uk.skillsplan.outreach;

import java.time.Duration;

/** Test access to the delivery's pause rule, which is package-private in {@code outbox}. */
final class OutboxDeliveryPauses {

    private OutboxDeliveryPauses() {
    }

    static Duration of(int attempt) {
        return uk.skillsplan.outreach.outbox.OutboxDelivery.pause(attempt);
    }
}
