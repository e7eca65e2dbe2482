package uk.skillsplan.insight.demand;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.skillsplan.insight.DemandMeasure;
import uk.skillsplan.insight.InsightFilter;

/**
 * The SQL of demand against provision, over the response module's published read model
 * ({@code submitted_answer}), the crosswalk and the DfE provision figures. Each side is one pass: the
 * contribution of each organisation to each subject area (its answers times the crosswalk's share),
 * then per subject area the organisations, the sum and the two largest contributions, which is what
 * disclosure control needs. Nothing is loaded per answer. Codes in the SQL are constants, never input.
 */
@Repository
class DemandQueries {

    /** Left out of both sides: it prepares people for work in general, not for one occupation or sector. */
    static final String LIFE_AND_WORK = "SSA_14";

    /** The aggregates of one cell: organisations contributing, the sum and the two largest contributions. */
    record Sums(int organisations, double total, double largest, double second) {
        static final Sums NONE = new Sums(0, 0, 0, 0);
    }

    /** One DfE figure of an import for the area, by subject area name. */
    record Published(String subject, Long amount, boolean incomplete) {
    }

    private final JdbcClient jdbc;

    DemandQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Demand per subject area, from one employer round of the area, within the filter. */
    Map<String, Sums> demand(DemandMeasure measure, long round, String area, InsightFilter filter) {
        return bySubject(demandContributions(measure, filter), spec -> bind(spec, round, area, filter));
    }

    /** The demand total: every organisation's contributions to all subject areas together. */
    Sums demandTotal(DemandMeasure measure, long round, String area, InsightFilter filter) {
        return total(demandContributions(measure, filter), spec -> bind(spec, round, area, filter));
    }

    /** Providers' filled places per subject area, each provider's places split equally over the subject areas it teaches. */
    Map<String, Sums> places(long round, String area, String level) {
        return bySubject(placeContributions(level), spec -> bindPlaces(spec, round, area, level));
    }

    Sums placesTotal(long round, String area, String level) {
        return total(placeContributions(level), spec -> bindPlaces(spec, round, area, level));
    }

    /** The subject areas an organisation said it teaches in its submitted response to a provider round. */
    List<String> offer(long round, long organisation) {
        return jdbc.sql("select a.row_key from submitted_answer a where a.round_id = :round and a.organisation_id = :organisation "
                        + "and a.question_code = 'SSA_OFFERED' order by a.row_key")
                .param("round", round).param("organisation", organisation).query(String.class).list();
    }

    /** The area's DfE figures of the import for all learning levels, of the first measure the import has of those asked. */
    List<Published> published(long importId, List<String> measures) {
        for (String measure : measures) {
            List<Published> found = jdbc.sql("select f.subject, f.amount, f.incomplete from provision_figure f "
                            + "where f.import_id = :id and f.geography_level = 'AREA' and f.learning_level = 'Total' "
                            + "and f.measure = :measure order by f.subject")
                    .param("id", importId).param("measure", measure)
                    .query((rs, n) -> new Published(rs.getString(1), rs.getObject(2) == null ? null : rs.getLong(2),
                            rs.getBoolean(3)))
                    .list();
            if (found.stream().anyMatch(p -> !p.subject().equals("Total"))) {
                return found;
            }
        }
        return List.of();
    }

    /** {@code c}: one row per organisation and subject area with its contribution. */
    private static String demandContributions(DemandMeasure measure, InsightFilter filter) {
        String join;
        String amount;
        String condition;
        switch (measure) {
            case SSV_BY_OCCUPATION, SKILLS_GAPS_BY_OCCUPATION -> {
                join = "x.scheme = '" + Crosswalk.SOC_MAJOR + "' and x.code = a.row_key";
                amount = "cast(a.value_number as double precision) * x.share";
                condition = "a.question_code = 'WORKFORCE' and a.column_key = '"
                        + (measure == DemandMeasure.SSV_BY_OCCUPATION ? "SKILL_SHORTAGE" : "NOT_PROFICIENT")
                        + "' and a.value_number > 0";
            }
            case FUTURE_NEEDS -> {
                join = "x.scheme = '" + Crosswalk.SOC_SUBMAJOR + "' and x.code = substring(a.row_key, 1, 2)";
                amount = "x.share";
                condition = "a.question_code = 'FUTURE_OCCUPATIONS'";
            }
            case SSV_BY_SECTOR -> {
                join = "x.scheme = '" + Crosswalk.SIC_SECTION + "' and x.code = a.sic_section";
                amount = "cast(a.value_number as double precision) * x.share";
                condition = "a.question_code = 'VAC_SSV' and a.value_number > 0";
            }
            default -> throw new IllegalArgumentException(measure.name());
        }
        return "with c as (select a.organisation_id, x.ssa_code, sum(" + amount + ") as amount from submitted_answer a "
                + "join demand_crosswalk x on " + join + " where " + where(filter, "EMPLOYER") + " and " + condition
                + " and x.ssa_code <> '" + LIFE_AND_WORK + "' group by a.organisation_id, x.ssa_code)";
    }

    private static String placeContributions(String level) {
        String levelCondition = level == null ? "" : " and exists (select 1 from submitted_answer l where "
                + "l.response_id = a.response_id and l.question_code = 'LEVELS_OFFERED' and l.row_key = :level)";
        return "with p as (select a.response_id, a.organisation_id, "
                + "max(case when a.question_code = 'PLACES_FILLED' then cast(a.value_number as double precision) end) as places, "
                + "sum(case when a.question_code = 'SSA_OFFERED' then 1 else 0 end) as subjects "
                + "from submitted_answer a where " + where(InsightFilter.NONE, "PROVIDER")
                + " and a.question_code in ('PLACES_FILLED', 'SSA_OFFERED')" + levelCondition
                + " group by a.response_id, a.organisation_id), "
                + "c as (select p.organisation_id, s.row_key as ssa_code, p.places / p.subjects as amount from p "
                + "join submitted_answer s on s.response_id = p.response_id and s.question_code = 'SSA_OFFERED' "
                + "where p.places > 0 and p.subjects > 0 and s.row_key <> '" + LIFE_AND_WORK + "')";
    }

    private static String where(InsightFilter filter, String kind) {
        StringBuilder w = new StringBuilder("a.round_id = :round and a.lsip_code = :area and a.organisation_kind = '")
                .append(kind).append("'");
        if (filter.ladCode() != null) {
            w.append(" and a.lad_code = :lad");
        }
        if (filter.sicSection() != null) {
            w.append(" and a.sic_section = :sic");
        }
        if (filter.sizeBand() != null) {
            w.append(" and a.size_band = :size");
        }
        return w.toString();
    }

    private Map<String, Sums> bySubject(String contributions, java.util.function.UnaryOperator<JdbcClient.StatementSpec> bind) {
        String sql = contributions + ", r as (select c.ssa_code, c.amount, row_number() over (partition by c.ssa_code "
                + "order by c.amount desc, c.organisation_id) as rn from c where c.amount > 0) "
                + "select r.ssa_code, count(*), sum(r.amount), max(case when r.rn = 1 then r.amount end), "
                + "max(case when r.rn = 2 then r.amount end) from r group by r.ssa_code";
        Map<String, Sums> sums = new LinkedHashMap<>();
        bind.apply(jdbc.sql(sql)).query(rs -> {
            sums.put(rs.getString(1), new Sums(rs.getInt(2), rs.getDouble(3), rs.getDouble(4), rs.getDouble(5)));
        });
        return sums;
    }

    private Sums total(String contributions, java.util.function.UnaryOperator<JdbcClient.StatementSpec> bind) {
        String sql = contributions + ", t as (select c.organisation_id, sum(c.amount) as amount from c "
                + "group by c.organisation_id), r as (select t.amount, row_number() over (order by t.amount desc, "
                + "t.organisation_id) as rn from t where t.amount > 0) "
                + "select count(*), sum(r.amount), max(case when r.rn = 1 then r.amount end), "
                + "max(case when r.rn = 2 then r.amount end) from r";
        List<Sums> found = new ArrayList<>();
        bind.apply(jdbc.sql(sql)).query(rs -> {
            found.add(new Sums(rs.getInt(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4)));
        });
        return found.isEmpty() ? Sums.NONE : found.getFirst();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, long round, String area, InsightFilter filter) {
        JdbcClient.StatementSpec s = spec.param("round", round).param("area", area);
        if (filter.ladCode() != null) {
            s = s.param("lad", filter.ladCode());
        }
        if (filter.sicSection() != null) {
            s = s.param("sic", filter.sicSection());
        }
        if (filter.sizeBand() != null) {
            s = s.param("size", filter.sizeBand());
        }
        return s;
    }

    private static JdbcClient.StatementSpec bindPlaces(JdbcClient.StatementSpec spec, long round, String area, String level) {
        JdbcClient.StatementSpec s = spec.param("round", round).param("area", area);
        return level == null ? s : s.param("level", level);
    }
}
