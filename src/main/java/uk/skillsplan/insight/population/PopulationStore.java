package uk.skillsplan.insight.population;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import uk.skillsplan.insight.PopulationCount;
import uk.skillsplan.insight.PopulationImportSummary;
import uk.skillsplan.insight.PopulationIndustryScheme;
import uk.skillsplan.insight.PopulationUnit;

/** Stored business population imports: every import is kept, with its counts. */
@Repository
public class PopulationStore {

    private static final String SUMMARY = "select id, lsip_code, business_unit, data_year, downloaded_on, industry_scheme, "
            + "detailed_bands, file_name, district_count, industry_count, total_businesses, imported_at, imported_by "
            + "from population_import ";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    PopulationStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Writes one import and its counts; returns its id. */
    public long insert(String lsipCode, PopulationUnit unit, int year, LocalDate downloadedOn,
                       PopulationIndustryScheme scheme, boolean detailedBands, String fileName, int districts,
                       int industries, long total, Instant importedAt, String importedBy, List<PopulationCount> counts) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into population_import (lsip_code, business_unit, data_year, downloaded_on, industry_scheme, "
                        + "detailed_bands, file_name, district_count, industry_count, total_businesses, imported_at, imported_by) "
                        + "values (:area, :unit, :year, :downloaded, :scheme, :detailed, :file, :districts, :industries, "
                        + ":total, :at, :by)")
                .param("area", lsipCode).param("unit", unit.name()).param("year", year)
                .param("downloaded", downloadedOn == null ? null : Date.valueOf(downloadedOn))
                .param("scheme", scheme.name()).param("detailed", detailedBands).param("file", fileName)
                .param("districts", districts).param("industries", industries).param("total", total)
                .param("at", Timestamp.from(importedAt)).param("by", importedBy)
                .update(key, "id");
        long id = key.getKey().longValue();
        template.batchUpdate("insert into population_count (import_id, lad_code, industry_code, industry_name, size_band, "
                + "businesses) values (?, ?, ?, ?, ?, ?)", counts, 1000, (ps, c) -> {
                    ps.setLong(1, id);
                    ps.setString(2, c.ladCode());
                    ps.setString(3, c.industryCode());
                    ps.setString(4, c.industryName());
                    ps.setString(5, c.sizeBand());
                    ps.setInt(6, c.businesses());
                });
        return id;
    }

    public List<PopulationImportSummary> imports(String lsipCode) {
        return jdbc.sql(SUMMARY + "where lsip_code = :area order by imported_at desc, id desc").param("area", lsipCode)
                .query((rs, n) -> summary(rs)).list();
    }

    public java.util.Optional<PopulationImportSummary> find(long id) {
        return jdbc.sql(SUMMARY + "where id = :id").param("id", id).query((rs, n) -> summary(rs)).optional();
    }

    public List<PopulationCount> counts(long importId) {
        return jdbc.sql("select i.data_year, c.lad_code, c.industry_code, c.industry_name, c.size_band, c.businesses "
                        + "from population_count c join population_import i on i.id = c.import_id "
                        + "where c.import_id = :id order by c.lad_code, c.industry_code, c.size_band")
                .param("id", importId)
                .query((rs, n) -> new PopulationCount(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6))).list();
    }

    private static PopulationImportSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        Date downloaded = rs.getDate("downloaded_on");
        return new PopulationImportSummary(rs.getLong("id"), rs.getString("lsip_code"),
                PopulationUnit.valueOf(rs.getString("business_unit")), rs.getInt("data_year"),
                downloaded == null ? null : downloaded.toLocalDate(),
                PopulationIndustryScheme.valueOf(rs.getString("industry_scheme")), rs.getBoolean("detailed_bands"),
                rs.getString("file_name"), rs.getInt("district_count"), rs.getInt("industry_count"),
                rs.getLong("total_businesses"), rs.getTimestamp("imported_at").toInstant(), rs.getString("imported_by"));
    }
}
