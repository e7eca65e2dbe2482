package uk.skillsplan.security;

import uk.skillsplan.security.account.DemoDataSettings;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import uk.skillsplan.security.domain.UserAccountRepository;

/**
 * Demo accounts (with published passwords) belong on the embedded H2 database only. Which database
 * that is comes from the connection itself (its JDBC metadata), not from a profile's name, so the
 * rule holds however the database was chosen ({@code SPRING_DATASOURCE_URL}, {@code SKILLSPLAN_DB_URL},
 * a profile or none). On any other database the application refuses to start if demo data is
 * switched on, or if the database already holds demo accounts, unless
 * {@code skillsplan.demo-data.allow-on-postgres} ({@code SKILLSPLAN_ALLOW_DEMO_ON_POSTGRES}) is set
 * on purpose for a throw-away database (as the PostgreSQL test run does).
 */
@Component
public class DemoDataPolicy {

    /** H2 reached over the network is a shared server, not the embedded database. */
    private static final Pattern H2_SERVER = Pattern.compile("^jdbc:h2:(tcp|ssl):.*", Pattern.CASE_INSENSITIVE);

    private final boolean enabled;

    @Autowired
    DemoDataPolicy(DemoDataSettings settings, DataSource dataSource, UserAccountRepository accounts) {
        this(settings, Database.of(dataSource), accounts);
    }

    DemoDataPolicy(DemoDataSettings settings, Database database, UserAccountRepository accounts) {
        if (!database.embedded() && !settings.allowOnPostgres()) {
            if (settings.enabled()) {
                throw new IllegalStateException("Demo data is switched on, but the database is " + database
                        + ", not the embedded H2. Demo accounts have published passwords: unset SKILLSPLAN_DEMO_DATA"
                        + " (or skillsplan.demo-data.enabled), or set SKILLSPLAN_ALLOW_DEMO_ON_POSTGRES=true for a"
                        + " throw-away database.");
            }
            if (accounts.existsByDemoTrue()) {
                throw new IllegalStateException("The database " + database + " holds demo accounts with published"
                        + " passwords. Remove them, or set SKILLSPLAN_ALLOW_DEMO_ON_POSTGRES=true for a throw-away"
                        + " database.");
            }
        }
        this.enabled = settings.enabled();
    }

    public boolean enabled() {
        return enabled;
    }

    void requireEnabled() {
        if (!enabled) {
            throw new IllegalStateException("Demo data is switched off (skillsplan.demo-data.enabled=false).");
        }
    }

    /** The database in use, as its JDBC driver describes it. */
    record Database(String productName, String url) {

        static Database of(DataSource dataSource) {
            try (Connection connection = dataSource.getConnection()) {
                DatabaseMetaData metaData = connection.getMetaData();
                return new Database(metaData.getDatabaseProductName(), metaData.getURL());
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot tell which database is in use: " + e.getMessage(), e);
            }
        }

        boolean embedded() {
            return productName != null && productName.trim().toUpperCase(Locale.ROOT).equals("H2")
                    && (url == null || !H2_SERVER.matcher(url).matches());
        }

        @Override
        public String toString() {
            return productName + (url == null ? "" : " (" + url.replaceAll("\\?.*$", "").replaceAll(";.*$", "") + ")");
        }
    }
}
