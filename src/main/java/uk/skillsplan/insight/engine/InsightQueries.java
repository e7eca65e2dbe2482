package uk.skillsplan.insight.engine;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.skillsplan.insight.catalogue.CatalogueEntry;
import uk.skillsplan.insight.catalogue.Pivot;
import uk.skillsplan.insight.catalogue.Recipe;
import uk.skillsplan.survey.EmployerQuestions;

/**
 * The metric engine's SQL, over the response module's published read model ({@code submitted_answer}).
 * One pass computes any number of metrics: per response, the answers the metrics read are pivoted
 * into columns (GROUP BY response); per organisation each metric's components are computed from them
 * (summed over rounds when several are asked); per cell the database returns counts, sums, sums of
 * squares and the two largest contributions. Answers never leave the database.
 */
@Repository
class InsightQueries {

    static final String SOC_PIVOT = "s_soc_headcount";

    private final JdbcClient jdbc;
    private final ResponseFacts facts;
    private final SumsCache cache;
    private final CustomPlans customPlans;
    private final CellSummaryQueries summary;

    /** Where a pass reads: the kept cell sums, the per-response facts, or the answers themselves (tests compare them). */
    enum Source { SUMMARY, FACTS, ANSWERS }

    InsightQueries(JdbcClient jdbc, ResponseFacts facts, SumsCache cache, CustomPlans customPlans, CellSummaryQueries summary) {
        this.jdbc = jdbc;
        this.facts = facts;
        this.cache = cache;
        this.customPlans = customPlans;
        this.summary = summary;
    }

    /**
     * One pass: for each cell (grouping key) and each metric, the sums of its components.
     * The result maps key -> metric code -> component sums (plus the cross-product of components 0 and 1 at index {@code size}).
     */
    Map<String, Map<String, List<Sums>>> sums(List<CatalogueEntry> entries, Scope scope, Grouping grouping) {
        return sums(entries, scope, grouping, true);
    }

    /**
     * As {@link #sums(List, Scope, Grouping)}; {@code useFacts} false reads the answers themselves (tests compare the two).
     * Otherwise the sums come from the kept cell sums where they serve the scope (one round, no SOC filter, no
     * organisation: {@link CellSummaryQueries}), else from the facts, and are kept in {@link SumsCache} until a
     * submission to one of the scope's rounds.
     */
    Map<String, Map<String, List<Sums>>> sums(List<CatalogueEntry> entries, Scope scope, Grouping grouping, boolean useFacts) {
        if (useFacts) {
            return cache.sums(entries, scope, grouping, missing -> summary.serves(missing, scope)
                    ? summary.sums(missing, scope, grouping) : compute(missing, scope, grouping, true));
        }
        return compute(entries, scope, grouping, useFacts);
    }

    /** The sums from one source, nothing kept (tests compare the sources; the summary only where it serves the scope). */
    Map<String, Map<String, List<Sums>>> sums(List<CatalogueEntry> entries, Scope scope, Grouping grouping, Source source) {
        return switch (source) {
            case SUMMARY -> {
                if (!summary.serves(entries, scope)) {
                    throw new IllegalArgumentException("The kept cell sums do not serve " + scope);
                }
                yield summary.sums(entries, scope, grouping);
            }
            case FACTS -> compute(entries, scope, grouping, true);
            case ANSWERS -> compute(entries, scope, grouping, false);
        };
    }

    private Map<String, Map<String, List<Sums>>> compute(List<CatalogueEntry> entries, Scope scope, Grouping grouping,
                                                         boolean useFacts) {
        customPlans.inThisTransaction();
        boolean soc = scope.filter().socMajor() != null;
        Map<String, Pivot> pivots = new LinkedHashMap<>();
        Set<String> codes = new LinkedHashSet<>();
        // Components are shared between metrics that compute the same thing (employment below many ratios).
        Map<String, Integer> components = new LinkedHashMap<>();
        Set<Integer> magnitudes = new LinkedHashSet<>();
        Map<List<Integer>, Integer> crosses = new LinkedHashMap<>();
        List<int[]> indexes = new ArrayList<>();
        for (CatalogueEntry entry : entries) {
            Recipe recipe = entry.recipe(soc);
            recipe.pivots().forEach(p -> {
                pivots.putIfAbsent(p.name(), p);
                codes.add(p.question());
            });
            int[] mine = new int[recipe.components().size()];
            for (int i = 0; i < mine.length; i++) {
                String component = recipe.components().get(i);
                // Metrics not asked per occupation, under a SOC filter: establishments employing people in that group.
                String sql = soc && !recipe.perOccupation() ? "case when p." + SOC_PIVOT + " > 0 then " + component + " end"
                        : component;
                mine[i] = components.computeIfAbsent(sql, k -> components.size());
            }
            recipe.magnitudes().forEach(i -> magnitudes.add(mine[i]));
            if (mine.length > 1) {
                crosses.putIfAbsent(List.of(mine[0], mine[1]), crosses.size());
            }
            indexes.add(mine);
        }
        if (soc) {
            // the headcount in the filter's SOC group: the grid's headcount column with the filter's condition
            pivots.put(SOC_PIVOT, new Pivot(SOC_PIVOT, "WORKFORCE",
                    Pivot.gridFiltered(EmployerQuestions.WORKFORCE, EmployerQuestions.COL_HEADCOUNT).sql()));
            codes.add("WORKFORCE");
        }
        // Every pivot is a column of the per-response facts (per SOC group for those a SOC filter narrows): aggregate those rows.
        Integer socGroup = scope.filter().socMajor();
        Function<Pivot, String> factColumn = useFacts && facts.holds(pivots.values(), socGroup)
                ? pivot -> facts.column(pivot, socGroup) : null;
        List<String> expressions = List.copyOf(components.keySet());
        // One cell (no grouping): the largest contributions come back with the sums, and the second largest and
        // ties, which need the largest first, from a second statement with the largest bound as parameters.
        // Joining every row to its cell's maxima (the grouped form) cost PostgreSQL a materialised copy of all
        // rows and a second aggregate over it: 360 ms against 250 ms for the two statements at 50,000 responses.
        boolean twoStatements = !grouping.grouped() && !magnitudes.isEmpty();
        String sql = sql(pivots.values(), expressions, magnitudes, List.copyOf(crosses.keySet()), scope, grouping, factColumn,
                twoStatements);
        int n = expressions.size();
        int firstMagnitude = 2 + n * 3;
        int firstCross = firstMagnitude + magnitudes.size() * 4;
        List<Integer> magnitudeOrder = List.copyOf(magnitudes);
        List<Map.Entry<String, Double[]>> rows = new ArrayList<>();
        statement(sql, scope, codes).query(rs -> {
            int columns = rs.getMetaData().getColumnCount();
            Double[] row = new Double[columns + 1];
            for (int c = 2; c <= columns; c++) {
                double value = rs.getDouble(c);
                row[c] = rs.wasNull() ? null : value;
            }
            rows.add(Map.entry(rs.getString(1), row));
        });
        if (twoStatements && !rows.isEmpty()) {
            Double[] row = rows.getFirst().getValue();
            var spec = statement(secondLargestSql(pivots.values(), expressions, magnitudeOrder, scope, grouping, factColumn),
                    scope, codes);
            for (int at = 0; at < magnitudeOrder.size(); at++) {
                spec = spec.param("m" + magnitudeOrder.get(at), row[firstMagnitude + at * 4]);
            }
            spec.query(rs -> {
                for (int at = 0; at < magnitudeOrder.size(); at++) {
                    double second = rs.getDouble(2 + at * 2);
                    row[firstMagnitude + at * 4 + 1] = rs.wasNull() ? null : second;
                    row[firstMagnitude + at * 4 + 2] = rs.getDouble(3 + at * 2);
                }
            });
        }
        Map<String, Map<String, List<Sums>>> result = new LinkedHashMap<>();
        for (Map.Entry<String, Double[]> entryRow : rows) {
            String key = entryRow.getKey();
            Double[] rs = entryRow.getValue();
            List<Sums> all = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                int at = magnitudeOrder.indexOf(i);
                all.add(read(rs, 2 + i * 3, at < 0 ? -1 : firstMagnitude + at * 4));
            }
            Map<String, List<Sums>> byMetric = new HashMap<>();
            for (int m = 0; m < entries.size(); m++) {
                int[] mine = indexes.get(m);
                List<Sums> sums = new ArrayList<>(mine.length + 1);
                for (int i : mine) {
                    sums.add(all.get(i));
                }
                // The cross-product of the metric's first two components, for the ratio's interval.
                double cross = mine.length > 1 ? number(rs, firstCross + crosses.get(List.of(mine[0], mine[1]))) : 0;
                sums.add(new Sums(0, cross, 0, 0, 0));
                byMetric.put(entries.get(m).metric().code(), sums);
            }
            result.put(key, byMetric);
        }
        return result;
    }

    private JdbcClient.StatementSpec statement(String sql, Scope scope, Set<String> codes) {
        var spec = jdbc.sql(sql).param("rounds", scope.rounds()).param("area", scope.lsipCode())
                .param("kind", scope.audience()).param("codes", List.copyOf(codes));
        return bindFilter(spec, scope);
    }

    /**
     * The pass: {@code p} one row per response (pivot), {@code o} one row per organisation (components,
     * as double precision: the answers are whole numbers or tenths, whose sums and squares doubles hold
     * exactly, and PostgreSQL's numeric arithmetic is many times slower), {@code t} the largest
     * contribution per cell for the magnitudes, then per cell: count, sum and sum of squares of each
     * component, largest, second largest and ties for the magnitudes, and the cross-products ratios need.
     */
    private static String sql(Iterable<Pivot> pivots, List<String> components, Set<Integer> magnitudes,
                              List<List<Integer>> crosses, Scope scope, Grouping grouping,
                              Function<Pivot, String> factColumn, boolean twoStatements) {
        String po = rows(pivots, components, scope, grouping, factColumn);
        StringBuilder t = new StringBuilder("select o.k");
        for (int i : magnitudes) {
            t.append(", max(o.c").append(i).append(") as m").append(i);
        }
        t.append(" from o group by o.k");
        StringBuilder s = new StringBuilder("select o.k");
        for (int i = 0; i < components.size(); i++) {
            String c = "o.c" + i;
            s.append(", count(").append(c).append("), sum(").append(c).append("), sum(").append(c).append(" * ").append(c)
                    .append(")");
        }
        for (int i : magnitudes) {
            String c = "o.c" + i;
            String m = "t.m" + i;
            if (twoStatements) {
                // the second largest and ties come from secondLargestSql
                s.append(", max(").append(c).append("), cast(null as double precision), 0, 0");
            } else {
                s.append(", max(").append(m).append("), max(case when ").append(c).append(" < ").append(m).append(" then ")
                        .append(c).append(" end), sum(case when ").append(c).append(" = ").append(m)
                        .append(" then 1 else 0 end), 0");
            }
        }
        for (List<Integer> pair : crosses) {
            s.append(", sum(o.c").append(pair.get(0)).append(" * o.c").append(pair.get(1)).append(")");
        }
        if (twoStatements) {
            return po + " " + s.append(" from o group by o.k order by o.k");
        }
        s.append(" from o join t on t.k = o.k group by o.k order by o.k");
        return po + ", t as (" + t + ") " + s;
    }

    /**
     * For one cell: per magnitude, the largest contribution below the largest (bound as {@code :m<i>}) and the
     * number of contributions equal to the largest.
     */
    private static String secondLargestSql(Iterable<Pivot> pivots, List<String> components, List<Integer> magnitudes,
                                           Scope scope, Grouping grouping, Function<Pivot, String> factColumn) {
        StringBuilder s = new StringBuilder("select o.k");
        for (int i : magnitudes) {
            String c = "o.c" + i;
            String m = "cast(:m" + i + " as double precision)";
            s.append(", max(case when ").append(c).append(" < ").append(m).append(" then ").append(c)
                    .append(" end), sum(case when ").append(c).append(" = ").append(m).append(" then 1 else 0 end)");
        }
        return rows(pivots, components, scope, grouping, factColumn) + " " + s.append(" from o group by o.k");
    }

    /**
     * {@code with p as (...), o as (...)}: one row per response, then one per organisation with its components.
     * {@code factColumn}: the column of the per-response facts holding each pivot, or null to pivot the answers.
     */
    static String rows(Iterable<Pivot> pivots, List<String> components, Scope scope, Grouping grouping,
                               Function<Pivot, String> factColumn) {
        String socCondition = scope.filter().socMajor() != null ? "a.row_key = :socRow" : "1 = 1";
        StringBuilder p = new StringBuilder("select a.organisation_id, ").append(grouping.keySql()).append(" as k");
        for (Pivot pivot : pivots) {
            p.append(", ").append(factColumn != null ? "a." + factColumn.apply(pivot)
                            : pivot.sql().replace(Pivot.SOC_MARK, socCondition))
                    .append(" as ").append(pivot.name());
        }
        if (factColumn != null) {
            p.append(" from insight_response_fact a where ").append(where(scope));
        } else {
            p.append(" from submitted_answer a where ").append(where(scope)).append(" and a.question_code in (:codes)")
                    .append(" group by a.response_id, a.organisation_id")
                    .append(grouping.grouped() ? ", " + grouping.keySql() : "");
        }
        boolean severalRounds = scope.rounds().size() > 1;
        StringBuilder o = new StringBuilder("select p.organisation_id, p.k");
        for (int i = 0; i < components.size(); i++) {
            String c = "cast(" + components.get(i) + " as double precision)";
            o.append(", ").append(severalRounds ? "sum(" + c + ")" : c).append(" as c").append(i);
        }
        o.append(" from p").append(severalRounds ? " group by p.organisation_id, p.k" : "");
        return "with p as (" + p + "), o as (" + o + ")";
    }

    /** The conditions every pass puts on {@code submitted_answer a}; values are bound as parameters. */
    static String where(Scope scope) {
        StringBuilder w = new StringBuilder("a.round_id in (:rounds) and a.lsip_code = :area and a.organisation_kind = :kind");
        if (scope.filter().ladCode() != null) {
            w.append(" and a.lad_code = :lad");
        }
        if (scope.filter().sicSection() != null) {
            w.append(" and a.sic_section = :sic");
        }
        if (scope.filter().sizeBand() != null) {
            w.append(" and a.size_band = :size");
        }
        if (scope.filter().exceptSizeBand() != null) {
            w.append(" and (a.size_band is null or a.size_band <> :notSize)");
        }
        if (scope.organisation() != null) {
            w.append(" and a.organisation_id = :organisation");
        }
        return w.toString();
    }

    static JdbcClient.StatementSpec bindFilter(JdbcClient.StatementSpec spec, Scope scope) {
        var f = scope.filter();
        if (f.ladCode() != null) {
            spec = spec.param("lad", f.ladCode());
        }
        if (f.sicSection() != null) {
            spec = spec.param("sic", f.sicSection());
        }
        if (f.sizeBand() != null) {
            spec = spec.param("size", f.sizeBand());
        }
        if (f.exceptSizeBand() != null) {
            spec = spec.param("notSize", f.exceptSizeBand());
        }
        if (f.socMajor() != null) {
            spec = spec.param("socRow", String.valueOf(f.socMajor()));
        }
        if (scope.organisation() != null) {
            spec = spec.param("organisation", scope.organisation());
        }
        return spec;
    }

    /**
     * For a table by the options of a choice question: per option (or SOC sub-major group, for an
     * occupation question), the responses that chose it.
     */
    Map<String, Long> optionCounts(String question, boolean occupationGroups, Scope scope) {
        String sql = "select x.k, count(*) from (" + chosenOptions(question, occupationGroups, scope) + ") x group by x.k";
        Map<String, Long> counts = new HashMap<>();
        bindFilter(jdbc.sql(sql).param("rounds", scope.rounds()).param("area", scope.lsipCode())
                .param("kind", scope.audience()).param("question", question), scope)
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    /** Each response (with its organisation) and each option it chose ({@code k}), once. */
    static String chosenOptions(String question, boolean occupationGroups, Scope scope) {
        return chosenOptions(question, occupationGroups, scope, null);
    }

    /** As above; with {@code weightJoin} (joining {@code weight_cell w} to the answers) each row carries {@code w.weight}. */
    static String chosenOptions(String question, boolean occupationGroups, Scope scope, String weightJoin) {
        String key = occupationGroups ? "substring(a.row_key, 1, 2)" : "a.row_key";
        String soc = scope.filter().socMajor() == null ? "" : " and exists (select 1 from submitted_answer w where "
                + "w.response_id = a.response_id and w.revision = a.revision and w.question_code = 'WORKFORCE' "
                + "and w.column_key = 'HEADCOUNT' and w.row_key = :socRow and w.value_number > 0)";
        return "select distinct a.response_id, a.organisation_id, " + key + " as k"
                + (weightJoin == null ? " from submitted_answer a" : ", w.weight from submitted_answer a " + weightJoin)
                + " where " + where(scope) + " and a.question_code = :question" + soc;
    }

    /** The classification the organisation reported in its submitted response to the round, if it submitted. */
    java.util.Optional<String[]> submission(long roundId, long organisationId) {
        return jdbc.sql("select organisation_kind, sic_section, lsip_code from submitted_response "
                        + "where round_id = :round and organisation_id = :organisation")
                .param("round", roundId).param("organisation", organisationId)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).optional();
    }

    /** Rounds of the area with at least one submitted response. */
    List<Long> roundsWithSubmissions(String lsipCode) {
        return jdbc.sql("select distinct round_id from submitted_response where lsip_code = :area")
                .param("area", lsipCode).query(Long.class).list();
    }

    /** Count, sum and sum of squares at {@code column}; largest, second and ties at {@code magnitude} (or none: -1). */
    private static Sums read(Double[] rs, int column, int magnitude) {
        long count = (long) number(rs, column);
        if (count == 0) {
            return Sums.NONE;
        }
        double largest = 0;
        double second = 0;
        if (magnitude > 0) {
            largest = number(rs, magnitude);
            long atLargest = (long) number(rs, magnitude + 2);
            second = atLargest > 1 ? largest : number(rs, magnitude + 1);
        }
        return new Sums(count, number(rs, column + 1), number(rs, column + 2), largest, second);
    }

    private static double number(Double[] row, int column) {
        Double value = row[column];
        return value == null ? 0 : value;
    }
}
