package uk.skillsplan.insight.population;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Counts for coverage, in SQL: businesses of a population import, and submitted responses of a round
 * (the response module's published read model {@code submitted_response}), by industry and size band.
 */
@Repository
public class CoverageQueries {

    /** One group of the counts: industry (or SIC section), size band and how many. */
    public record Count(String industry, String industryName, String sizeBand, long count) {
    }

    private final JdbcClient jdbc;

    CoverageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Count> businesses(long importId, String ladCode) {
        // Two statements rather than ":lad is null or ...": PostgreSQL cannot type a parameter that is only compared with null.
        var sql = jdbc.sql("select industry_code, industry_name, size_band, sum(businesses) from population_count "
                        + "where import_id = :id" + (ladCode == null ? "" : " and lad_code = :lad")
                        + " group by industry_code, industry_name, size_band")
                .param("id", importId);
        return (ladCode == null ? sql : sql.param("lad", ladCode))
                .query((rs, n) -> new Count(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }

    public List<Count> responses(long roundId, String lsipCode, String ladCode) {
        var sql = jdbc.sql("select sic_section, size_band, count(*) from submitted_response "
                        + "where round_id = :round and lsip_code = :area" + (ladCode == null ? "" : " and lad_code = :lad")
                        + " group by sic_section, size_band")
                .param("round", roundId).param("area", lsipCode);
        return (ladCode == null ? sql : sql.param("lad", ladCode))
                .query((rs, n) -> new Count(rs.getString(1), null, rs.getString(2), rs.getLong(3))).list();
    }
}
