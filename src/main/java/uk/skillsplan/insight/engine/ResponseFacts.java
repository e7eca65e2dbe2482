package uk.skillsplan.insight.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.skillsplan.insight.catalogue.CatalogueEntry;
import uk.skillsplan.insight.catalogue.MetricCatalogue;
import uk.skillsplan.insight.catalogue.Pivot;

/**
 * The insight module's own table of per-response facts ({@code insight_response_fact}, Flyway V30):
 * each submitted response's answers that the catalogue reads, pivoted into one row, so that a
 * metric over a round aggregates one narrow row per response instead of every answer cell. Rows are
 * written from the response module's read model ({@code submitted_answer}) in SQL, in the
 * submitting transaction ({@link ResponseFactsListener}), and for earlier submissions at start-up.
 */
@Repository
class ResponseFacts {

    private static final int CHUNK = 1000;
    private static final List<Integer> SOC_GROUPS = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9);
    private static final String KEYS = "response_id, revision, round_id, organisation_id, organisation_kind, lsip_code, "
            + "lad_code, sic_section, size_band";

    private final JdbcClient jdbc;
    private final Map<String, Pivot> stored = new LinkedHashMap<>();
    /** Pivots a SOC filter narrows (by their SQL), each held once per SOC major group: {@code <name>_s<group>}. */
    private final Map<String, Pivot> perOccupation = new LinkedHashMap<>();

    ResponseFacts(JdbcClient jdbc, MetricCatalogue catalogue) {
        this.jdbc = jdbc;
        for (String code : catalogue.codes()) {
            CatalogueEntry entry = catalogue.entry(code).orElseThrow();
            entry.establishment().pivots().stream().filter(p -> !p.sql().contains(Pivot.SOC_MARK))
                    .forEach(p -> stored.putIfAbsent(p.name(), p));
            if (entry.occupation() != null) {
                entry.occupation().pivots().stream().filter(p -> p.sql().contains(Pivot.SOC_MARK))
                        .forEach(p -> perOccupation.putIfAbsent(p.sql(), p));
            }
        }
    }

    /** The pivot columns the table holds (one per distinct pivot of the catalogue; nine for each a SOC filter narrows). */
    Set<String> columns() {
        Set<String> columns = new java.util.LinkedHashSet<>(stored.keySet());
        perOccupation.values().forEach(p -> SOC_GROUPS.forEach(group -> columns.add(p.name() + "_s" + group)));
        return columns;
    }

    /** Whether the table holds every pivot, under this SOC filter (major group, or null). */
    boolean holds(Collection<Pivot> pivots, Integer soc) {
        return pivots.stream().allMatch(p -> column(p, soc) != null);
    }

    /** The column holding the pivot under this SOC filter (major group, or null), or null when none does. */
    String column(Pivot pivot, Integer soc) {
        if (!pivot.sql().contains(Pivot.SOC_MARK)) {
            return stored.containsKey(pivot.name()) ? pivot.name() : null;
        }
        Pivot held = perOccupation.get(pivot.sql());
        return held == null || soc == null ? null : held.name() + "_s" + soc;
    }

    /** Writes the facts of these responses again from their submitted revision that counts. */
    void refresh(Collection<Long> responseIds) {
        List<Long> ids = new ArrayList<>(responseIds);
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            jdbc.sql("delete from insight_response_fact where response_id in (:ids)").param("ids", chunk).update();
            jdbc.sql(insert()).param("ids", chunk).update();
        }
    }

    /** Submitted responses whose facts are missing or older than their revision that counts. */
    List<Long> stale() {
        return jdbc.sql("select s.response_id from submitted_response s where not exists (select 1 from "
                        + "insight_response_fact f where f.response_id = s.response_id and f.revision = s.revision)")
                .query(Long.class).list();
    }

    private String insert() {
        String columns = String.join(", ", columns());
        List<String> sql = new ArrayList<>(stored.values().stream().map(Pivot::sql).toList());
        perOccupation.values().forEach(p -> SOC_GROUPS.forEach(group ->
                sql.add(p.sql().replace(Pivot.SOC_MARK, "a.row_key = '" + group + "'"))));
        String pivots = String.join(", ", sql);
        String keys = KEYS.replaceAll("(\\w+)", "a.$1");
        return "insert into insight_response_fact (" + KEYS + ", " + columns + ") select " + keys + ", " + pivots
                + " from submitted_answer a where a.response_id in (:ids) group by " + keys;
    }
}
