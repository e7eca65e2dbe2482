package uk.skillsplan.response.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.skillsplan.response.NonRespondent;
import uk.skillsplan.response.ProgressRow;
import uk.skillsplan.response.ResponseStatus;

/**
 * Counts for the ERB's view of a round, all in SQL: the round's audience (active organisations of
 * the audience kinds in the area) left-joined to its responses, grouped as asked.
 */
@Repository
public class RoundProgressQueries {

    private static final String AUDIENCE = " from organisation o join local_authority la on la.lad_code = o.lad_code "
            + "left join response r on r.organisation_id = o.id and r.round_id = :round "
            + "where la.lsip_code = :area and o.kind in (:kinds) and o.active = true ";

    private final JdbcClient jdbc;

    RoundProgressQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ProgressRow total(long roundId, String lsipCode, Collection<String> kinds) {
        return jdbc.sql("select 'ALL', 'All', count(o.id), count(r.id), count(r.submitted_revision)" + AUDIENCE)
                .param("round", roundId).param("area", lsipCode).param("kinds", kinds)
                .query((rs, n) -> new ProgressRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .single();
    }

    public List<ProgressRow> byLocalAuthority(long roundId, String lsipCode, Collection<String> kinds) {
        return grouped("la.lad_code", "la.name", "", roundId, lsipCode, kinds);
    }

    public List<ProgressRow> bySector(long roundId, String lsipCode, Collection<String> kinds) {
        return grouped("coalesce(o.sic_section, '-')", "coalesce(s.name, 'No sector recorded')",
                "left join sic_section s on s.code = o.sic_section ", roundId, lsipCode, kinds);
    }

    public List<ProgressRow> bySizeBand(long roundId, String lsipCode, Collection<String> kinds) {
        return grouped("coalesce(o.size_band, '-')", "coalesce(b.label, 'No size recorded')",
                "left join size_band b on b.code = o.size_band ", roundId, lsipCode, kinds);
    }

    private List<ProgressRow> grouped(String key, String label, String join, long roundId, String lsipCode,
                                      Collection<String> kinds) {
        String sql = "select " + key + " as k, " + label + " as l, count(o.id), count(r.id), count(r.submitted_revision)"
                + AUDIENCE.replace("left join response", join + "left join response")
                + "group by " + key + ", " + label + " order by 1";
        return jdbc.sql(sql).param("round", roundId).param("area", lsipCode).param("kinds", kinds)
                .query((rs, n) -> new ProgressRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)))
                .list();
    }

    public List<NonRespondent> notSubmitted(long roundId, String lsipCode, Collection<String> kinds, int offset, int limit) {
        return jdbc.sql("select o.id, o.name, la.name, o.sic_section, o.size_band, r.status" + AUDIENCE
                        + "and r.submitted_revision is null order by o.name, o.id limit :limit offset :offset")
                .param("round", roundId).param("area", lsipCode).param("kinds", kinds)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new NonRespondent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6) == null ? null : ResponseStatus.valueOf(rs.getString(6))))
                .list();
    }

    public int countNotSubmitted(long roundId, String lsipCode, Collection<String> kinds) {
        return jdbc.sql("select count(o.id)" + AUDIENCE + "and r.submitted_revision is null")
                .param("round", roundId).param("area", lsipCode).param("kinds", kinds).query(Integer.class).single();
    }
}
