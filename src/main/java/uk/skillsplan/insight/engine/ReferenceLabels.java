package uk.skillsplan.insight.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.skillsplan.insight.Benchmark;

/** Names of codes from the directory's published reference tables, and the national benchmarks. */
@Repository
class ReferenceLabels {

    private final JdbcClient jdbc;
    private volatile Map<String, String> sicSections;
    private volatile Map<String, String> sizeBands;
    private volatile Map<String, String> socMajor;
    private volatile Map<String, String> socSubmajor;

    ReferenceLabels(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean areaExists(String lsipCode) {
        return jdbc.sql("select count(*) from lsip_area where code = :code").param("code", lsipCode).query(Long.class)
                .single() > 0;
    }

    /** Local authorities of the area, by name. */
    Map<String, String> localAuthorities(String lsipCode) {
        return pairs(jdbc.sql("select lad_code, name from local_authority where lsip_code = :area order by name")
                .param("area", lsipCode));
    }

    Map<String, String> sicSections() {
        if (sicSections == null) {
            sicSections = pairs(jdbc.sql("select code, name from sic_section order by code"));
        }
        return sicSections;
    }

    Map<String, String> sizeBands() {
        if (sizeBands == null) {
            sizeBands = pairs(jdbc.sql("select code, label from size_band order by min_employment"));
        }
        return sizeBands;
    }

    Map<String, String> socMajorGroups() {
        if (socMajor == null) {
            socMajor = pairs(jdbc.sql("select cast(code as varchar(2)), name from soc_major order by code"));
        }
        return socMajor;
    }

    Map<String, String> socSubmajorGroups() {
        if (socSubmajor == null) {
            socSubmajor = pairs(jdbc.sql("select cast(code as varchar(3)), name from soc_submajor order by code"));
        }
        return socSubmajor;
    }

    /** The newest national figure for the benchmark key; England's where the survey has both England and the UK. */
    Optional<Benchmark> benchmark(String metricCode, String key, boolean percent) {
        List<Benchmark> found = jdbc.sql("select survey, geography, definition, metric_value, source_url, confidence "
                        + "from ess_benchmark where metric = :key order by survey desc, "
                        + "case when geography = 'England' then 0 else 1 end")
                .param("key", key)
                .query((rs, i) -> new Benchmark(metricCode, rs.getBigDecimal(4).doubleValue() / (percent ? 100.0 : 1.0),
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(5), rs.getString(6)))
                .list();
        return found.stream().findFirst();
    }

    private static Map<String, String> pairs(JdbcClient.StatementSpec spec) {
        Map<String, String> map = new LinkedHashMap<>();
        spec.query(rs -> {
            map.put(rs.getString(1), rs.getString(2));
        });
        return java.util.Collections.unmodifiableMap(map);
    }
}
