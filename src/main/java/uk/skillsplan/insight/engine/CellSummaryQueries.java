package uk.skillsplan.insight.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.skillsplan.insight.catalogue.CatalogueEntry;
import uk.skillsplan.insight.catalogue.Recipe;

/**
 * The sums of a scope read from the kept cell sums ({@link CellSummary}) instead of the facts: for one round,
 * no SOC filter and no single organisation, the scope's cells are summed in SQL - counts, sums, squares and
 * cross-products add; the largest is the largest of the cells' largest; the second largest is the second of the
 * cells' two largest (as many as tie at the top count). The same {@link Sums} as the facts give, from a few
 * thousand rows instead of one row per response.
 */
@Repository
class CellSummaryQueries {

    private final JdbcClient jdbc;
    private final CellSummary summary;
    private final CellSummaryStore store;

    CellSummaryQueries(JdbcClient jdbc, CellSummary summary, CellSummaryStore store) {
        this.jdbc = jdbc;
        this.summary = summary;
        this.store = store;
    }

    /** Whether this pass can read the kept cell sums: one round, summarised with this catalogue; no SOC filter, no organisation. */
    boolean serves(List<CatalogueEntry> entries, Scope scope) {
        return scope.rounds().size() == 1 && scope.filter().socMajor() == null && scope.organisation() == null
                && summary.holds(entries) && store.current(scope.rounds().getFirst());
    }

    /** As {@link InsightQueries#sums}: cell key -> metric code -> component sums (then the cross-product). */
    Map<String, Map<String, List<Sums>>> sums(List<CatalogueEntry> entries, Scope scope, Grouping grouping) {
        Set<String> codes = new LinkedHashSet<>(List.of(CellSummary.RESPONSES));
        Set<String> magnitudes = new LinkedHashSet<>();
        for (CatalogueEntry entry : entries) {
            Recipe recipe = entry.establishment();
            for (int i = 0; i < recipe.components().size(); i++) {
                String code = summary.part(recipe.components().get(i)).code();
                codes.add(code);
                if (recipe.magnitudes().contains(i)) {
                    magnitudes.add(code);
                }
            }
            if (recipe.components().size() > 1) {
                codes.add(summary.cross(recipe.components().get(0), recipe.components().get(1)).code());
            }
        }
        String key = grouping.keySql();
        String sql = "select x.k, x.component, sum(x.contributions), sum(x.total), sum(x.squares), max(x.top), "
                + "case when sum(case when x.largest = x.top then 1 else 0 end) + sum(case when x.runner_up = x.top then 1 else 0 end)"
                + " > 1 then max(x.top) else max(case when x.largest < x.top then x.largest else x.runner_up end) end "
                + "from (select " + key + " as k, a.component, a.contributions, a.total, a.squares, a.largest, a.runner_up, "
                + "max(a.largest) over (partition by " + key + ", a.component) as top from insight_cell_sums a where "
                + InsightQueries.where(scope) + " and a.component in (:codes)) x group by x.k, x.component order by x.k";
        Map<String, Map<String, Sums>> cells = new LinkedHashMap<>();
        InsightQueries.bindFilter(jdbc.sql(sql).param("rounds", scope.rounds()).param("area", scope.lsipCode())
                .param("kind", scope.audience()).param("codes", List.copyOf(codes)), scope).query(rs -> {
            String code = rs.getString(2);
            boolean magnitude = magnitudes.contains(code);
            double second = rs.getDouble(7);
            cells.computeIfAbsent(rs.getString(1), k -> new HashMap<>()).put(code, new Sums(rs.getLong(3), rs.getDouble(4),
                    rs.getDouble(5), magnitude ? rs.getDouble(6) : 0, magnitude ? second : 0));
        });
        Map<String, Map<String, List<Sums>>> result = new LinkedHashMap<>();
        cells.forEach((cell, byCode) -> {
            Map<String, List<Sums>> byMetric = new HashMap<>();
            for (CatalogueEntry entry : entries) {
                List<String> components = entry.establishment().components();
                List<Sums> sums = new ArrayList<>(components.size() + 1);
                components.forEach(c -> sums.add(byCode.getOrDefault(summary.part(c).code(), Sums.NONE)));
                double cross = components.size() > 1
                        ? byCode.getOrDefault(summary.cross(components.get(0), components.get(1)).code(), Sums.NONE).sum() : 0;
                sums.add(new Sums(0, cross, 0, 0, 0));
                byMetric.put(entry.metric().code(), sums);
            }
            result.put(cell, byMetric);
        });
        return result;
    }
}
