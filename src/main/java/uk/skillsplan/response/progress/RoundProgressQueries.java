package uk.skillsplan.response.progress;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.skillsplan.response.ChaseFilter;
import uk.skillsplan.response.NonRespondent;
import uk.skillsplan.response.ProgressRow;
import uk.skillsplan.response.ResponseStatus;

/**
 * Counts for the ERB's view of a round, all in SQL: the round's audience (survey's published
 * {@code round_audience} view, with the directory's published {@code directory_organisation} for
 * where and what each organisation is) left-joined to its responses, grouped as asked.
 */
@Repository
public class RoundProgressQueries {

    private static final String AUDIENCE = " from round_audience ra join directory_organisation o on o.id = ra.organisation_id "
            + "left join response r on r.organisation_id = o.id and r.round_id = ra.round_id "
            + "where ra.round_id = :round ";

    private final JdbcClient jdbc;

    RoundProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ProgressRow total(long roundId) {
        return jdbc.sql("select 'ALL', 'All', count(o.id), count(r.id), count(r.submitted_revision)" + AUDIENCE)
                .param("round", roundId)
                .query((rs, n) -> new ProgressRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .single();
    }

    public List<ProgressRow> byLocalAuthority(long roundId) {
        return grouped("o.lad_code", "o.local_authority_name", "", roundId);
    }

    public List<ProgressRow> bySector(long roundId) {
        return grouped("coalesce(o.sic_section, '-')", "coalesce(s.name, 'No sector recorded')",
                "left join sic_section s on s.code = o.sic_section ", roundId);
    }

    public List<ProgressRow> bySizeBand(long roundId) {
        return grouped("coalesce(o.size_band, '-')", "coalesce(b.label, 'No size recorded')",
                "left join size_band b on b.code = o.size_band ", roundId);
    }

    private List<ProgressRow> grouped(String key, String label, String join, long roundId) {
        String sql = "select " + key + " as k, " + label + " as l, count(o.id), count(r.id), count(r.submitted_revision)"
                + AUDIENCE.replace("left join response", join + "left join response")
                + "group by " + key + ", " + label + " order by 1";
        return jdbc.sql(sql).param("round", roundId)
                .query((rs, n) -> new ProgressRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    public List<NonRespondent> notSubmitted(long roundId, int offset, int limit) {
        return notSubmitted(roundId, ChaseFilter.NONE, offset, limit);
    }

    public int countNotSubmitted(long roundId) {
        return countNotSubmitted(roundId, ChaseFilter.NONE);
    }

    /** The organisations of the round that have not submitted, narrowed by the filter in SQL. */
    public List<NonRespondent> notSubmitted(long roundId, ChaseFilter filter, int offset, int limit) {
        var sql = jdbc.sql("select o.id, o.name, o.local_authority_name, o.sic_section, o.size_band, r.status" + AUDIENCE
                        + "and r.submitted_revision is null" + where(filter) + " order by o.name, o.id limit :limit offset :offset")
                .param("round", roundId)
                .param("limit", limit).param("offset", offset);
        return bind(sql, filter)
                .query((rs, n) -> new NonRespondent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6) == null ? null : ResponseStatus.valueOf(rs.getString(6))))
                .list();
    }

    public int countNotSubmitted(long roundId, ChaseFilter filter) {
        var sql = jdbc.sql("select count(o.id)" + AUDIENCE + "and r.submitted_revision is null" + where(filter))
                .param("round", roundId);
        return bind(sql, filter).query(Integer.class).single();
    }

    // Only the conditions asked for are written (PostgreSQL cannot type a parameter only compared with null).
    private static String where(ChaseFilter filter) {
        return (filter.sicSections().isEmpty() ? "" : " and o.sic_section in (:sections)")
                + (filter.sizeBand() == null ? "" : " and o.size_band = :size")
                + (filter.ladCode() == null ? "" : " and o.lad_code = :lad");
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, ChaseFilter filter) {
        JdbcClient.StatementSpec bound = sql;
        if (!filter.sicSections().isEmpty()) {
            bound = bound.param("sections", filter.sortedSections());
        }
        if (filter.sizeBand() != null) {
            bound = bound.param("size", filter.sizeBand());
        }
        if (filter.ladCode() != null) {
            bound = bound.param("lad", filter.ladCode());
        }
        return bound;
    }
}
