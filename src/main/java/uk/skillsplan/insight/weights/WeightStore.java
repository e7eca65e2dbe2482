package uk.skillsplan.insight.weights;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The weights' SQL: cell counts in (businesses of a population import, employer responses of a round
 * from the response module's published {@code submitted_response}), weights out ({@code weight_run},
 * {@code weight_stratum}, {@code weight_cell}). Answers are never read.
 */
@Repository
class WeightStore {

    /** Submitted employer responses of one district x SIC section x size band. */
    record ResponseCell(String lad, String sicSection, String band, long responses) {
    }

    /** Businesses of one district x industry x size band. */
    record BusinessCell(String lad, String industry, String band, long businesses) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    WeightStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** What the round's employer responses are now: count, revisions and the latest submission. */
    String fingerprint(long roundId) {
        return jdbc.sql("select count(*), coalesce(sum(revision), 0), max(submitted_at) from submitted_response "
                        + "where round_id = :round and organisation_kind = 'EMPLOYER'")
                .param("round", roundId)
                .query((rs, i) -> rs.getLong(1) + "/" + rs.getLong(2) + "/"
                        + (rs.getTimestamp(3) == null ? "-" : rs.getTimestamp(3).toInstant().toString()))
                .single();
    }

    List<ResponseCell> responses(long roundId) {
        return jdbc.sql("select coalesce(lad_code, '-'), sic_section, size_band, count(*) from submitted_response "
                        + "where round_id = :round and organisation_kind = 'EMPLOYER' "
                        + "group by coalesce(lad_code, '-'), sic_section, size_band")
                .param("round", roundId)
                .query((rs, i) -> new ResponseCell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }

    List<BusinessCell> businesses(long importId) {
        return jdbc.sql("select lad_code, industry_code, size_band, businesses from population_count where import_id = :id")
                .param("id", importId)
                .query((rs, i) -> new BusinessCell(rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4))).list();
    }

    Optional<WeightRun> run(long roundId, long importId) {
        return jdbc.sql("select round_id, population_import_id, min_responses, raked, converged, trim_factor, weight_cap, "
                        + "businesses, responses, unweighted, sum_weights, sum_squares, fingerprint, computed_at "
                        + "from weight_run where round_id = :round and population_import_id = :import")
                .param("round", roundId).param("import", importId)
                .query((rs, i) -> new WeightRun(rs.getLong(1), rs.getLong(2),
                        new Calibration.Options(rs.getInt(3), rs.getBoolean(4), (Double) rs.getObject(6, Double.class)),
                        rs.getBoolean(5), rs.getObject(7, Double.class), rs.getLong(8), rs.getInt(9), rs.getInt(10),
                        rs.getDouble(11), rs.getDouble(12), rs.getString(13), rs.getTimestamp(14).toInstant()))
                .optional();
    }

    List<Calibration.Stratum> strata(long roundId, long importId) {
        return jdbc.sql("select stratum, cells, businesses, responses, weight, weighted_total, trimmed from weight_stratum "
                        + "where round_id = :round and population_import_id = :import order by stratum")
                .param("round", roundId).param("import", importId)
                .query((rs, i) -> new Calibration.Stratum(rs.getInt(1), List.of(rs.getString(2).split(",")), rs.getLong(3),
                        rs.getLong(4), rs.getDouble(5), rs.getDouble(6), rs.getBoolean(7)))
                .list();
    }

    /** Replaces the round's weights for the import with {@code result}. */
    void save(WeightRun run, Calibration.Result result, Map<String, Long> cellResponses) {
        delete(run.roundId(), run.importId());
        jdbc.sql("insert into weight_run (round_id, population_import_id, min_responses, raked, converged, trim_factor, "
                        + "weight_cap, businesses, responses, unweighted, sum_weights, sum_squares, fingerprint, computed_at) "
                        + "values (:round, :import, :min, :raked, :converged, :trim, :cap, :businesses, :responses, "
                        + ":unweighted, :sum, :squares, :fingerprint, :at)")
                .param("round", run.roundId()).param("import", run.importId())
                .param("min", run.options().minResponses()).param("raked", run.options().rake())
                .param("converged", run.converged()).param("trim", run.options().trimFactor()).param("cap", run.cap())
                .param("businesses", run.businesses()).param("responses", run.responses())
                .param("unweighted", run.unweighted()).param("sum", run.sumOfWeights()).param("squares", run.sumOfSquares())
                .param("fingerprint", run.fingerprint()).param("at", Timestamp.from(run.computedAt()))
                .update();
        List<Object[]> strata = new ArrayList<>();
        for (Calibration.Stratum s : result.strata()) {
            strata.add(new Object[] {run.roundId(), run.importId(), s.id(), String.join(",", s.cells()), s.businesses(),
                    s.responses(), s.weight(), s.weightedTotal(), s.trimmed()});
        }
        template.batchUpdate("insert into weight_stratum (round_id, population_import_id, stratum, cells, businesses, "
                + "responses, weight, weighted_total, trimmed) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", strata);
        List<Object[]> cells = new ArrayList<>();
        cellResponses.forEach((key, responses) -> {
            String[] k = key.split("\\|");
            Double weight = result.weights().get(k[0] + "|" + k[3] + "|" + k[2]);
            if (weight != null) {
                cells.add(new Object[] {run.roundId(), run.importId(), k[0], k[1], k[2], responses, weight});
            }
        });
        template.batchUpdate("insert into weight_cell (round_id, population_import_id, lad_code, sic_section, size_band, "
                + "responses, weight) values (?, ?, ?, ?, ?, ?, ?)", cells);
    }

    private void delete(long roundId, long importId) {
        for (String table : List.of("weight_cell", "weight_stratum", "weight_run")) {
            jdbc.sql("delete from " + table + " where round_id = :round and population_import_id = :import")
                    .param("round", roundId).param("import", importId).update();
        }
    }
}
