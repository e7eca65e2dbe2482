package uk.skillsplan.base.infrastructure;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again every event whose listener has not succeeded within {@code skillsplan.events.retry-after}
 * (it failed, or the node stopped between commit and delivery). Listeners must therefore tolerate
 * seeing an event twice. At start-up Spring Modulith also republishes whatever is outstanding.
 */
@Component
class EventRetry {

    private static final Logger log = LoggerFactory.getLogger(EventRetry.class);

    private final IncompleteEventPublications incomplete;
    private final Duration retryAfter;

    EventRetry(IncompleteEventPublications incomplete, @Value("${skillsplan.events.retry-after:PT5M}") Duration retryAfter) {
        this.incomplete = incomplete;
        this.retryAfter = retryAfter;
    }

    @Scheduled(fixedDelayString = "${skillsplan.events.retry-every:PT1M}", initialDelayString = "${skillsplan.events.retry-every:PT1M}")
    void retryStaleEvents() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(retryAfter);
        } catch (RuntimeException e) {
            log.warn("Retrying incomplete event publications failed; will try again", e);
        }
    }
}
