package uk.skillsplan.insight.demand;

import java.sql.PreparedStatement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import uk.skillsplan.insight.CrosswalkEntry;

/**
 * Flyway migration 46 (named by Flyway's convention): loads the shipped demand crosswalk
 * ({@link Crosswalk#FILE}) with the derived SOC major group rows into {@code demand_crosswalk}. A
 * change to the file is a new migration, so that the figures a plan cites keep their mapping.
 */
@Component
@SuppressWarnings("checkstyle:TypeName") // Flyway reads the version and description from the class name
public class V46__Load_demand_crosswalk extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (PreparedStatement insert = context.getConnection().prepareStatement(
                "insert into demand_crosswalk (scheme, code, ssa_code, share) values (?, ?, ?, ?)")) {
            for (CrosswalkEntry e : Crosswalk.withMajorGroups()) {
                insert.setString(1, e.scheme());
                insert.setString(2, e.code());
                insert.setString(3, e.ssaCode());
                insert.setDouble(4, e.share());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
