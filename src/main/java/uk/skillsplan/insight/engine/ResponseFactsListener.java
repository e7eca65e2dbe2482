package uk.skillsplan.insight.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.skillsplan.response.ResponseAmended;
import uk.skillsplan.response.ResponseSubmitted;

/**
 * Keeps {@link ResponseFacts} fresh: a submission or an amendment rewrites the response's facts in
 * the submitting transaction (synchronously, so the figures show it as soon as it is committed and
 * never show half of it), in one statement per thousand responses for bulk submissions. At start-up
 * it fills in the facts of any submitted response that has none or an older revision.
 */
@Component
class ResponseFactsListener implements ApplicationRunner {

    private static final Object PENDING = new Object();

    private final ResponseFacts facts;

    ResponseFactsListener(ResponseFacts facts) {
        this.facts = facts;
    }

    @EventListener
    void on(ResponseSubmitted event) {
        changed(event.responseId());
    }

    @EventListener
    void on(ResponseAmended event) {
        changed(event.responseId());
    }

    @Override
    public void run(ApplicationArguments args) {
        facts.refreshStale();
    }

    @SuppressWarnings("unchecked")
    private void changed(long responseId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            facts.refresh(List.of(responseId));
            return;
        }
        Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            Set<Long> ids = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(PENDING, ids);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    facts.refresh(ids);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                }
            });
            pending = ids;
        }
        pending.add(responseId);
    }
}
