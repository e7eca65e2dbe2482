package uk.skillsplan.insight.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import uk.skillsplan.insight.InsightFilter;
import uk.skillsplan.insight.catalogue.CatalogueEntry;
import uk.skillsplan.response.ResponseAmended;
import uk.skillsplan.response.ResponseSubmitted;

/**
 * The database's sums per metric, scope and grouping, kept between requests: the area overview, a
 * drill-down and a plan's draft ask the same cells again and again, and between two submissions to a
 * round nothing they read changes. A submission or an amendment ({@link ResponseSubmitted},
 * {@link ResponseAmended}) evicts every entry that reads its round once it is committed, so a figure
 * never lags a submission (issue 8, point 5). The sums read the submitted answers of the scope's rounds and
 * nothing else: the response module's read model and the per-response facts ({@link ResponseFacts}), both
 * written in the submitting transaction; whatever adds another input to a pass must evict on its changes too. What is kept is the raw sums; disclosure control runs again on
 * every request. Bounded (least recently used out); one JVM's memory, so several instances each keep their own
 * and each is evicted by its own listeners (the events are published in the JVM that commits them).
 */
@Component
class SumsCache {

    private static final Object PENDING = new Object();
    /** The cell key of a pass without grouping ({@link Grouping#keySql()}). */
    private static final String WHOLE_SCOPE = "ALL";
    /** About 100 bytes per component and cell: at most a few MB. */
    private static final int MAX_ENTRIES = 4000;

    private record Key(Scope scope, Grouping grouping, String metric) {
    }

    private final Map<Key, Map<String, List<Sums>>> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Map<String, List<Sums>>> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    /** Counts evictions: sums computed while a submission committed are not kept (they may predate it). */
    private long generation;

    /**
     * The sums of these metrics (cell key -> metric code -> component sums), the kept ones from memory and
     * the rest computed in one pass by {@code compute}.
     */
    Map<String, Map<String, List<Sums>>> sums(List<CatalogueEntry> wanted, Scope scope, Grouping grouping,
            Function<List<CatalogueEntry>, Map<String, Map<String, List<Sums>>>> compute) {
        Map<String, Map<String, List<Sums>>> result = new LinkedHashMap<>();
        List<CatalogueEntry> missing = new ArrayList<>();
        long seen;
        synchronized (this) {
            seen = generation;
            for (CatalogueEntry entry : wanted) {
                Map<String, List<Sums>> kept = kept(scope, grouping, entry.metric().code());
                if (kept == null) {
                    missing.add(entry);
                } else {
                    kept.forEach((cell, sums) -> result.computeIfAbsent(cell, k -> new LinkedHashMap<>())
                            .put(entry.metric().code(), sums));
                }
            }
        }
        if (missing.isEmpty()) {
            return result;
        }
        Map<String, Map<String, List<Sums>>> computed = compute.apply(missing);
        computed.forEach((cell, byMetric) -> result.computeIfAbsent(cell, k -> new LinkedHashMap<>()).putAll(byMetric));
        // Not kept when a submission committed meanwhile, nor from inside a transaction that submits (uncommitted rows).
        boolean keep = TransactionSynchronizationManager.getResource(PENDING) == null;
        synchronized (this) {
            if (keep && generation == seen) {
                for (CatalogueEntry entry : missing) {
                    String code = entry.metric().code();
                    Map<String, List<Sums>> byCell = new LinkedHashMap<>();
                    computed.forEach((cell, byMetric) -> byCell.put(cell, List.copyOf(byMetric.get(code))));
                    entries.put(new Key(scope, grouping, code), byCell);
                }
            }
        }
        return result;
    }

    /**
     * What is kept for the cell: its own entry, or for one cell filtered on one column (a sector of the area)
     * that cell of the kept table by that column (the same responses, organisations and sums).
     */
    private Map<String, List<Sums>> kept(Scope scope, Grouping grouping, String metric) {
        Map<String, List<Sums>> own = entries.get(new Key(scope, grouping, metric));
        if (own != null || grouping.grouped() || scope.organisation() != null) {
            return own;
        }
        var f = scope.filter();
        InsightFilter none = InsightFilter.NONE;
        Grouping by;
        String cell;
        if (f.equals(none.withLocalAuthority(f.ladCode())) && f.ladCode() != null) {
            by = Grouping.LOCAL_AUTHORITY;
            cell = f.ladCode();
        } else if (f.equals(none.withSicSection(f.sicSection())) && f.sicSection() != null) {
            by = Grouping.SIC_SECTION;
            cell = f.sicSection();
        } else if (f.equals(none.withSizeBand(f.sizeBand())) && f.sizeBand() != null) {
            by = Grouping.SIZE_BAND;
            cell = f.sizeBand();
        } else {
            return null;
        }
        Map<String, List<Sums>> table = entries.get(new Key(scope.withFilter(none), by, metric));
        if (table == null) {
            return null;
        }
        List<Sums> sums = table.get(cell);
        return sums == null ? Map.of() : Map.of(WHOLE_SCOPE, sums); // no such responses: no cell
    }

    @EventListener
    void on(ResponseSubmitted event) {
        changed(event.roundId());
    }

    @EventListener
    void on(ResponseAmended event) {
        changed(event.roundId());
    }

    /** Evicts the round at once, and again when the submitting transaction completes (once per round for a bulk). */
    @SuppressWarnings("unchecked")
    void changed(long roundId) {
        evict(Set.of(roundId));
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Set<Long> pending = (Set<Long>) TransactionSynchronizationManager.getResource(PENDING);
        if (pending == null) {
            Set<Long> rounds = new HashSet<>();
            TransactionSynchronizationManager.bindResource(PENDING, rounds);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(PENDING);
                    evict(rounds); // again: sums another transaction computed before the commit are stale
                }
            });
            pending = rounds;
        }
        pending.add(roundId);
    }

    /** Forgets every kept sum that reads one of these rounds. */
    synchronized void evict(Set<Long> roundIds) {
        generation++;
        if (!entries.isEmpty()) {
            entries.keySet().removeIf(key -> key.scope().rounds().stream().anyMatch(roundIds::contains));
        }
    }
}
