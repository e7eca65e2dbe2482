package uk.skillsplan.insight.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import uk.skillsplan.directory.OrganisationsMerged;
import uk.skillsplan.insight.catalogue.CatalogueEntry;
import uk.skillsplan.insight.weights.WeightRun;
import uk.skillsplan.response.ResponseAmended;
import uk.skillsplan.response.ResponseSubmitted;

/**
 * Weighted cells kept between requests, as {@link SumsCache} keeps the unweighted sums: the area overview's
 * weighted panel and its tables ask the same cells on every visit. The key holds the weight run itself (its
 * fingerprint of the round's responses and when it was computed), so weights computed again - after a
 * submission, or with other options - are never answered from cells of the old ones; a submission, an amendment
 * or a merge of organisations also forgets everything at once. What is kept is values before disclosure
 * control, which runs again on every request. Bounded (least recently used out).
 */
@Component
class WeightedCache {

    private static final int MAX_ENTRIES = 2000;

    private record Key(WeightRun run, Scope scope, Grouping grouping, String metric) {
    }

    private final Map<Key, Map<String, WeightedCells.Weighted>> entries = new LinkedHashMap<>(128, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Map<String, WeightedCells.Weighted>> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private long generation;

    Map<String, Map<String, WeightedCells.Weighted>> cells(List<CatalogueEntry> wanted, Scope scope, WeightRun run,
            Grouping grouping, Function<List<CatalogueEntry>, Map<String, Map<String, WeightedCells.Weighted>>> compute) {
        Map<String, Map<String, WeightedCells.Weighted>> result = new LinkedHashMap<>();
        List<CatalogueEntry> missing = new ArrayList<>();
        long seen;
        synchronized (this) {
            seen = generation;
            for (CatalogueEntry entry : wanted) {
                Map<String, WeightedCells.Weighted> kept = entries.get(new Key(run, scope, grouping, entry.metric().code()));
                if (kept == null) {
                    missing.add(entry);
                } else {
                    kept.forEach((cell, w) -> result.computeIfAbsent(cell, k -> new LinkedHashMap<>())
                            .put(entry.metric().code(), w));
                }
            }
        }
        if (missing.isEmpty()) {
            return result;
        }
        Map<String, Map<String, WeightedCells.Weighted>> computed = compute.apply(missing);
        computed.forEach((cell, byMetric) -> result.computeIfAbsent(cell, k -> new LinkedHashMap<>()).putAll(byMetric));
        synchronized (this) {
            if (generation == seen) {
                for (CatalogueEntry entry : missing) {
                    String code = entry.metric().code();
                    Map<String, WeightedCells.Weighted> byCell = new LinkedHashMap<>();
                    computed.forEach((cell, byMetric) -> byCell.put(cell, byMetric.get(code)));
                    entries.put(new Key(run, scope, grouping, code), byCell);
                }
            }
        }
        return result;
    }

    @EventListener
    void on(ResponseSubmitted event) {
        forget();
    }

    @EventListener
    void on(ResponseAmended event) {
        forget();
    }

    @EventListener
    void on(OrganisationsMerged event) {
        forget();
    }

    synchronized void forget() {
        generation++;
        entries.clear();
    }
}
