package uk.skillsplan.directory.domain;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 2 (named by Flyway's convention): loads geography and classifications from the CSV files shipped in
 * {@code classpath:reference/} (ONS and DfE data under the Open Government Licence v3.0, see
 * reference/LICENCE.md). A Java migration so that one parser serves H2 and PostgreSQL alike.
 */
@Component
@SuppressWarnings("checkstyle:TypeName") // Flyway reads the version and description from the class name
public class V2__Load_reference_data extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        loadAreas(connection);
        loadLocalAuthorities(connection);
        loadSoc(connection);
        load(connection, "sic2007_sections.csv", "insert into sic_section (code, name, divisions) values (?, ?, ?)",
                (row, statement) -> {
                    statement.setString(1, row.get("section"));
                    statement.setString(2, row.get("section_name"));
                    statement.setString(3, row.get("divisions"));
                });
        load(connection, "employer_size_bands.csv",
                "insert into size_band (code, label, min_employment, max_employment) values (?, ?, ?, ?)",
                (row, statement) -> {
                    statement.setString(1, row.get("band"));
                    statement.setString(2, row.get("nomis_ubc_label"));
                    statement.setInt(3, Integer.parseInt(row.get("min_employment")));
                    setIntOrNull(statement, 4, row.get("max_employment"));
                });
        load(connection, "ess_benchmarks.csv", "insert into ess_benchmark (survey, geography, metric, definition, "
                + "metric_value, source_url, confidence) values (?, ?, ?, ?, ?, ?, ?)", (row, statement) -> {
                    statement.setString(1, row.get("survey"));
                    statement.setString(2, row.get("geography"));
                    statement.setString(3, row.get("metric"));
                    statement.setString(4, row.get("definition"));
                    statement.setBigDecimal(5, new BigDecimal(row.get("value")));
                    statement.setString(6, row.get("source_url"));
                    statement.setString(7, row.get("confidence"));
                });
    }

    private void loadAreas(Connection connection) throws Exception {
        load(connection, "lsip_area_codes.csv", "insert into lsip_area (code, name, name_2025) values (?, ?, ?)",
                (row, statement) -> {
                    statement.setString(1, row.get("lsip_code"));
                    statement.setString(2, row.get("lsip_area_2023"));
                    statement.setString(3, row.get("lsip_area_2025_from_oct2025"));
                });
    }

    private void loadLocalAuthorities(Connection connection) throws Exception {
        load(connection, "lsip_areas.csv", "insert into local_authority (lad_code, name, lsip_code, lsip_area_2025, "
                + "london_subregion) values (?, ?, ?, ?, ?)", (row, statement) -> {
                    statement.setString(1, row.get("lad_code"));
                    statement.setString(2, row.get("local_authority"));
                    statement.setString(3, row.get("lsip_code"));
                    statement.setString(4, row.get("lsip_area_2025"));
                    String subregion = row.get("london_subregion");
                    statement.setString(5, subregion == null || subregion.isBlank() ? null : subregion);
                });
    }

    private void loadSoc(Connection connection) throws Exception {
        Map<Integer, String> majors = new LinkedHashMap<>();
        try (CSVParser parser = parse("soc2020_submajor.csv")) {
            for (CSVRecord row : parser) {
                majors.putIfAbsent(Integer.parseInt(row.get("major_code")), row.get("major_name"));
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("insert into soc_major (code, name) values (?, ?)")) {
            for (Map.Entry<Integer, String> major : majors.entrySet()) {
                statement.setInt(1, major.getKey());
                statement.setString(2, major.getValue());
                statement.addBatch();
            }
            statement.executeBatch();
        }
        load(connection, "soc2020_submajor.csv", "insert into soc_submajor (code, name, major_code) values (?, ?, ?)",
                (row, statement) -> {
                    statement.setInt(1, Integer.parseInt(row.get("submajor_code")));
                    statement.setString(2, row.get("submajor_name"));
                    statement.setInt(3, Integer.parseInt(row.get("major_code")));
                });
        load(connection, "soc2020_unit_groups.csv", "insert into soc_unit (code, name, minor_code, submajor_code, "
                + "major_code) values (?, ?, ?, ?, ?)", (row, statement) -> {
                    statement.setString(1, row.get("unit_code"));
                    statement.setString(2, row.get("unit_name"));
                    statement.setString(3, row.get("minor_code"));
                    statement.setInt(4, Integer.parseInt(row.get("submajor_code")));
                    statement.setInt(5, Integer.parseInt(row.get("major_code")));
                });
    }

    private interface RowBinder {
        void bind(CSVRecord row, PreparedStatement statement) throws SQLException;
    }

    private void load(Connection connection, String file, String sql, RowBinder binder) throws Exception {
        try (CSVParser parser = parse(file); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (CSVRecord row : parser) {
                binder.bind(row, statement);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private static CSVParser parse(String file) throws IOException {
        Reader reader = new InputStreamReader(new ClassPathResource("reference/" + file).getInputStream(),
                StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader);
    }

    private static void setIntOrNull(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null || value.isBlank()) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, Integer.parseInt(value));
        }
    }
}
