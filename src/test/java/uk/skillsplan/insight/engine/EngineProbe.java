package uk.skillsplan.insight.engine;

import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** For the benchmarks outside this package: the engine's kept sums and its maintenance on submission. */
public final class EngineProbe {

    private EngineProbe() {
    }

    /** Forgets what the engine keeps in memory for the round, as after a restart (the cell sums stay in the database). */
    public static void forgetKeptSums(ApplicationContext context, long round) {
        context.getBean(SumsCache.class).evict(Set.of(round));
    }

    /**
     * What a submission of this response adds to the submitting transaction, as {@link ResponseFactsListener} does it,
     * in nanoseconds: {facts written again, cell sums of its cells written again (finding the cells included)}.
     */
    public static long[] maintenance(ApplicationContext context, long responseId) {
        ResponseFacts facts = context.getBean(ResponseFacts.class);
        CellSummaryStore store = context.getBean(CellSummaryStore.class);
        List<Long> ids = List.of(responseId);
        return new TransactionTemplate(context.getBean(PlatformTransactionManager.class)).execute(status -> {
            long start = System.nanoTime();
            Set<CellSummaryStore.Cell> cells = store.cellsOf(ids);
            long before = System.nanoTime();
            facts.refresh(ids);
            long after = System.nanoTime();
            cells.addAll(store.cellsOf(ids));
            store.rewrite(cells);
            long end = System.nanoTime();
            return new long[] {after - before, (before - start) + (end - after)};
        });
    }
}
