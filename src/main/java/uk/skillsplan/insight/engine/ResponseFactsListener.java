package uk.skillsplan.insight.engine;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.skillsplan.response.ResponseAmended;
import uk.skillsplan.response.ResponseSubmitted;

/**
 * Keeps {@link ResponseFacts} and the kept cell sums ({@link CellSummaryStore}) fresh: a submission or an
 * amendment rewrites the response's facts in the submitting transaction (synchronously, so the figures show it
 * as soon as it is committed and never show half of it), in one statement per thousand responses for bulk
 * submissions, then the cell sums of the cells the responses were in before and are in now (an amendment can
 * move a response to another local authority, sector or size band). At start-up it fills in the facts of any
 * submitted response that has none or an older revision, and the cell sums of any round that has none or has
 * them for another catalogue.
 */
@Component
class ResponseFactsListener implements ApplicationRunner {

    private static final Object PENDING = new Object();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ResponseFactsListener.class);

    private final ResponseFacts facts;
    private final CellSummaryStore cellSums;
    private final TransactionTemplate transactions;

    ResponseFactsListener(ResponseFacts facts, CellSummaryStore cellSums, PlatformTransactionManager transactionManager) {
        this.facts = facts;
        this.cellSums = cellSums;
        this.transactions = new TransactionTemplate(transactionManager);
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
        long start = System.nanoTime();
        transactions.executeWithoutResult(status -> refresh(facts.stale()));
        int rounds = cellSums.rebuildStale();
        if (rounds > 0) {
            LOG.info("Kept cell sums written for {} rounds at start-up in {} ms", rounds, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /** Writes the facts of these responses again, then the cell sums of the cells they were in and are in now. */
    void refresh(Collection<Long> responseIds) {
        if (responseIds.isEmpty()) {
            return;
        }
        Set<CellSummaryStore.Cell> cells = cellSums.cellsOf(responseIds);
        facts.refresh(responseIds);
        cells.addAll(cellSums.cellsOf(responseIds));
        cellSums.rewrite(cells);
    }

    @SuppressWarnings("unchecked")
    private void changed(long responseId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            // the facts and the cell sums change together, under the round's lock
            transactions.executeWithoutResult(status -> refresh(List.of(responseId)));
            return;
        }
        Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            Set<Long> ids = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(PENDING, ids);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    refresh(ids);
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
