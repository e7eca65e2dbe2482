package uk.skillsplan.insight.provision;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import uk.skillsplan.insight.ProvisionFigure;
import uk.skillsplan.insight.ProvisionImportSummary;

/** Stored provision imports: every import is kept, with its figures. */
@Repository
public class ProvisionStore {

    private static final String SUMMARY = "select i.id, i.lsip_code, i.time_period, i.layout, i.file_name, "
            + "i.summed_from_districts, (select count(*) from provision_figure f where f.import_id = i.id) as figures, "
            + "i.imported_at, i.imported_by from provision_import i ";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ProvisionStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public long insert(String lsipCode, String period, String layout, String fileName, boolean summed, Instant at,
                       String by, List<ProvisionFigure> figures) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into provision_import (lsip_code, time_period, layout, file_name, summed_from_districts, "
                        + "imported_at, imported_by) values (:area, :period, :layout, :file, :summed, :at, :by)")
                .param("area", lsipCode).param("period", period).param("layout", layout).param("file", fileName)
                .param("summed", summed).param("at", Timestamp.from(at)).param("by", by)
                .update(key, "id");
        long id = key.getKey().longValue();
        template.batchUpdate("insert into provision_figure (import_id, geography_level, geography_code, subject, "
                + "learning_level, measure, amount, symbol, incomplete) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", figures, 1000,
                (ps, f) -> {
                    ps.setLong(1, id);
                    ps.setString(2, f.geographyLevel());
                    ps.setString(3, f.geographyCode());
                    ps.setString(4, f.subject());
                    ps.setString(5, f.level());
                    ps.setString(6, f.measure());
                    ps.setObject(7, f.amount(), java.sql.Types.BIGINT);
                    ps.setString(8, f.symbol());
                    ps.setBoolean(9, f.incomplete());
                });
        return id;
    }

    public List<ProvisionImportSummary> imports(String lsipCode) {
        return jdbc.sql(SUMMARY + "where i.lsip_code = :area order by i.imported_at desc, i.id desc").param("area", lsipCode)
                .query((rs, n) -> summary(rs)).list();
    }

    public Optional<ProvisionImportSummary> find(long id) {
        return jdbc.sql(SUMMARY + "where i.id = :id").param("id", id).query((rs, n) -> summary(rs)).optional();
    }

    public List<ProvisionFigure> figures(long importId) {
        return jdbc.sql("select geography_level, geography_code, subject, learning_level, measure, amount, symbol, incomplete "
                        + "from provision_figure where import_id = :id "
                        + "order by geography_level, geography_code, subject, learning_level, measure")
                .param("id", importId)
                .query((rs, n) -> new ProvisionFigure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getObject(6) == null ? null : rs.getLong(6), rs.getString(7), rs.getBoolean(8)))
                .list();
    }

    private static ProvisionImportSummary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new ProvisionImportSummary(rs.getLong("id"), rs.getString("lsip_code"), rs.getString("time_period"),
                rs.getString("layout"), rs.getString("file_name"), rs.getBoolean("summed_from_districts"),
                rs.getInt("figures"), rs.getTimestamp("imported_at").toInstant(), rs.getString("imported_by"));
    }
}
