package uk.skillsplan.insight.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import uk.skillsplan.insight.catalogue.CatalogueEntry;
import uk.skillsplan.insight.catalogue.MetricCatalogue;
import uk.skillsplan.insight.catalogue.Recipe;

/**
 * What the kept cell sums ({@code insight_cell_sums}, Flyway V33) hold: every component of the catalogue's
 * establishment recipes that the per-response facts can compute (the SQL expressions {@link InsightQueries}
 * dedupes), each under a stable code made from its SQL, and the cross-products the ratios' intervals need. The
 * fingerprint of the whole list is stored with each round's rows, so rows written for another catalogue are
 * never read (and are written again). Also the SQL that writes the rows of some cells from the facts.
 */
@Component
class CellSummary {

    /** The code of the row that counts a cell's responses (so that a cell with no contribution still shows). */
    static final String RESPONSES = "*";
    static final String CELL = "round_id, lsip_code, organisation_kind, lad_code, sic_section, size_band";

    /** A component: its SQL over the facts ({@code p.<pivot>}), its code, whether a recipe counts it as a magnitude. */
    record Part(String code, String sql, boolean magnitude) {
    }

    /** The cross-product of two components (indexes into {@link #parts()}). */
    record Cross(String code, int first, int second) {
    }

    private final List<Part> parts = new ArrayList<>();
    private final Map<String, Integer> bySql = new LinkedHashMap<>();
    private final Map<List<Integer>, Cross> crosses = new LinkedHashMap<>();
    private final String fingerprint;

    CellSummary(MetricCatalogue catalogue, ResponseFacts facts) {
        Map<String, Boolean> magnitude = new LinkedHashMap<>();
        List<List<String>> pairs = new ArrayList<>();
        for (String code : catalogue.codes()) {
            Recipe recipe = catalogue.entry(code).orElseThrow().establishment();
            if (!facts.holds(recipe.pivots(), null)) {
                continue; // not in the facts: such metrics are computed from the answers, as before
            }
            for (int i = 0; i < recipe.components().size(); i++) {
                magnitude.merge(recipe.components().get(i), recipe.magnitudes().contains(i), Boolean::logicalOr);
            }
            if (recipe.components().size() > 1) {
                pairs.add(recipe.components().subList(0, 2));
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        magnitude.forEach((sql, isMagnitude) -> {
            bySql.put(sql, parts.size());
            parts.add(new Part(unique(codes, hash(sql)), sql, isMagnitude));
        });
        for (List<String> pair : pairs) {
            List<Integer> key = List.of(bySql.get(pair.get(0)), bySql.get(pair.get(1)));
            crosses.computeIfAbsent(key, k -> new Cross(unique(codes, hash(pair.get(0) + " * " + pair.get(1))), k.get(0), k.get(1)));
        }
        StringBuilder all = new StringBuilder("cell sums v1\n");
        parts.forEach(p -> all.append(p.code()).append(p.magnitude() ? " m " : " - ").append(p.sql()).append('\n'));
        crosses.values().forEach(c -> all.append(c.code()).append(" x ").append(c.first()).append(' ').append(c.second()).append('\n'));
        fingerprint = hash(all.toString());
    }

    List<Part> parts() {
        return parts;
    }

    String fingerprint() {
        return fingerprint;
    }

    /** The component with this SQL, or null when the summary does not hold it. */
    Part part(String sql) {
        Integer at = bySql.get(sql);
        return at == null ? null : parts.get(at);
    }

    /** The cross-product of these two components, or null when no recipe of the catalogue needs it. */
    Cross cross(String first, String second) {
        Integer a = bySql.get(first);
        Integer b = bySql.get(second);
        return a == null || b == null ? null : crosses.get(List.of(a, b));
    }

    /** Whether every component and cross-product these metrics need (without a SOC filter) is held. */
    boolean holds(List<CatalogueEntry> entries) {
        return entries.stream().map(CatalogueEntry::establishment).allMatch(r -> r.components().stream().allMatch(c -> part(c) != null)
                && (r.components().size() < 2 || cross(r.components().get(0), r.components().get(1)) != null));
    }

    /**
     * {@code insert ... select}: the rows of every cell of the facts matching {@code where} (over
     * {@code insight_response_fact p}), in one pass: per cell the count, sum, sum of squares, largest and second
     * largest of each component (the second from the cell's largest, found by a window), then one row per
     * component with contributions.
     */
    String insert(String where) {
        StringBuilder o = new StringBuilder("select ").append(prefixed("p."));
        for (int i = 0; i < parts.size(); i++) {
            o.append(", cast(").append(parts.get(i).sql()).append(" as double precision) as c").append(i);
        }
        o.append(" from insight_response_fact p where ").append(where);
        StringBuilder w = new StringBuilder("select o.*");
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).magnitude()) {
                w.append(", max(o.c").append(i).append(") over (partition by ").append(prefixed("o.")).append(") as m").append(i);
            }
        }
        w.append(" from (").append(o).append(") o");
        StringBuilder g = new StringBuilder("select ").append(CELL).append(", count(*) as r");
        for (int i = 0; i < parts.size(); i++) {
            String c = "c" + i;
            g.append(", count(").append(c).append(") as n").append(i).append(", sum(").append(c).append(") as s").append(i)
                    .append(", sum(").append(c).append(" * ").append(c).append(") as q").append(i);
            if (parts.get(i).magnitude()) {
                String m = "m" + i;
                g.append(", max(").append(c).append(") as l").append(i).append(", case when sum(case when ").append(c)
                        .append(" = ").append(m).append(" then 1 else 0 end) > 1 then max(").append(c).append(") else max(case when ")
                        .append(c).append(" < ").append(m).append(" then ").append(c).append(" end) end as d").append(i);
            }
        }
        int j = 0;
        for (Cross x : crosses.values()) {
            String product = "c" + x.first() + " * c" + x.second();
            g.append(", count(").append(product).append(") as xn").append(j).append(", sum(").append(product).append(") as xs")
                    .append(j++);
        }
        g.append(" from (").append(w).append(") w group by ").append(CELL);
        StringBuilder values = new StringBuilder("(values (-1, '" + RESPONSES + "')");
        for (int i = 0; i < parts.size(); i++) {
            values.append(", (").append(i).append(", '").append(parts.get(i).code()).append("')");
        }
        j = 0;
        for (Cross x : crosses.values()) {
            values.append(", (").append(parts.size() + j++).append(", '").append(x.code()).append("')");
        }
        values.append(") v(i, code)");
        String u = "select " + prefixed("g.") + ", v.code as component, " + pick("n", "xn", "g.r") + " as contributions, "
                + pick("s", "xs", null) + " as total, " + pick("q", null, null) + " as squares, " + pick("l", null, null)
                + " as largest, " + pick("d", null, null) + " as runner_up from (" + g + ") g cross join " + values;
        return "insert into insight_cell_sums (" + CELL + ", component, contributions, total, squares, largest, runner_up) "
                + "select * from (" + u + ") u where u.contributions > 0";
    }

    /** {@code case v.i when ... end}: the components' column {@code part}, the crosses' column {@code cross}, the responses'. */
    private String pick(String part, String cross, String responses) {
        StringBuilder s = new StringBuilder("case v.i when -2 then null");
        if (responses != null) {
            s.append(" when -1 then ").append(responses);
        }
        for (int i = 0; i < parts.size(); i++) {
            if (!part.equals("l") && !part.equals("d") || parts.get(i).magnitude()) {
                s.append(" when ").append(i).append(" then g.").append(part).append(i);
            }
        }
        for (int j = 0; cross != null && j < crosses.size(); j++) {
            s.append(" when ").append(parts.size() + j).append(" then g.").append(cross).append(j);
        }
        return s.append(" end").toString();
    }

    private static String prefixed(String alias) {
        return alias + CELL.replace(", ", ", " + alias);
    }

    private static String unique(Set<String> codes, String hash) {
        String code = hash.substring(0, 12);
        if (!codes.add(code)) {
            throw new IllegalStateException("Two components of the catalogue share the code " + code);
        }
        return code;
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
