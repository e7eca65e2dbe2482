package uk.skillsplan.security;

import uk.skillsplan.security.account.DemoDataSettings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.skillsplan.security.DemoDataPolicy.Database;
import uk.skillsplan.security.domain.UserAccountRepository;

/**
 * Demo accounts have published passwords, so any database but the embedded H2 refuses them unless
 * allowed on purpose. The database is named by the connection's own metadata, never by a profile.
 */
class DemoDataPolicyTest {

    private static final Database EMBEDDED_H2 = new Database("H2", "jdbc:h2:file:./data/skillsplan;MODE=PostgreSQL");
    private static final Database POSTGRES = new Database("PostgreSQL", "jdbc:postgresql://db:5432/skillsplan");

    private final UserAccountRepository accounts = mock(UserAccountRepository.class);

    @Test
    void postgres_refuses_to_start_with_demo_data_switched_on() {
        assertThatThrownBy(() -> policy(POSTGRES, true, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("SKILLSPLAN_DEMO_DATA").hasMessageContaining("PostgreSQL");
    }

    @Test
    void postgres_allows_demo_data_when_told_to_on_purpose() {
        when(accounts.existsByDemoTrue()).thenReturn(true);

        DemoDataPolicy policy = policy(POSTGRES, true, true);

        assertThat(policy.enabled()).isTrue();
    }

    @Test
    void postgres_refuses_a_database_that_already_holds_demo_accounts() {
        when(accounts.existsByDemoTrue()).thenReturn(true);

        assertThatThrownBy(() -> policy(POSTGRES, false, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("holds demo accounts");
    }

    @Test
    void postgres_may_keep_demo_accounts_of_a_throw_away_database_when_told_to() {
        when(accounts.existsByDemoTrue()).thenReturn(true);

        assertThat(policy(POSTGRES, false, true).enabled()).isFalse();
    }

    @Test
    void postgres_without_demo_data_starts_with_demo_data_off() {
        when(accounts.existsByDemoTrue()).thenReturn(false);

        DemoDataPolicy policy = policy(POSTGRES, false, false);

        assertThat(policy.enabled()).isFalse();
        assertThatThrownBy(policy::requireEnabled).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("switched off");
    }

    @Test
    void the_embedded_database_may_hold_demo_data_without_asking_the_database() {
        DemoDataPolicy policy = policy(EMBEDDED_H2, true, false);

        assertThat(policy.enabled()).isTrue();
        policy.requireEnabled();
        verifyNoInteractions(accounts);
    }

    /** Any database but the embedded H2 is treated like PostgreSQL, whatever profile is active. */
    @ParameterizedTest
    @CsvSource({
            "PostgreSQL, jdbc:postgresql://localhost:5432/skillsplan",
            "MySQL,      jdbc:mysql://localhost/skillsplan",
            "H2,         jdbc:h2:tcp://db.internal/skillsplan",
            "H2,         jdbc:h2:ssl://db.internal/skillsplan"})
    void other_databases_and_h2_servers_are_not_embedded(String product, String url) {
        Database database = new Database(product, url);

        assertThat(database.embedded()).isFalse();
        assertThatThrownBy(() -> policy(database, true, false)).isInstanceOf(IllegalStateException.class);
    }

    @ParameterizedTest
    @CsvSource({"H2, jdbc:h2:mem:skillsplan", "H2, jdbc:h2:file:./data/skillsplan", "H2, jdbc:h2:./data/skillsplan"})
    void in_memory_and_file_h2_are_embedded(String product, String url) {
        assertThat(new Database(product, url).embedded()).isTrue();
    }

    @Test
    void the_database_is_read_from_the_connection_in_use() throws Exception {
        var dataSource = new org.h2.jdbcx.JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:demo-policy-test");

        assertThat(Database.of(dataSource).embedded()).isTrue();
        assertThat(Database.of(dataSource).productName()).isEqualTo("H2");
    }

    /**
     * The production jar and the Docker image run with application.properties alone: demo data must be off
     * there unless SKILLSPLAN_DEMO_DATA asks for it (./mvnw spring-boot:run does, through pom.xml).
     */
    @Test
    void demo_data_is_off_by_default_and_on_only_for_spring_boot_run() throws Exception {
        var properties = org.springframework.core.io.support.PropertiesLoaderUtils.loadProperties(
                new org.springframework.core.io.ClassPathResource("application.properties"));

        assertThat(properties.getProperty("skillsplan.demo-data.enabled")).isEqualTo("${SKILLSPLAN_DEMO_DATA:false}");
        assertThat(properties.getProperty("skillsplan.demo-data.allow-on-postgres"))
                .isEqualTo("${SKILLSPLAN_ALLOW_DEMO_ON_POSTGRES:false}");
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        assertThat(pom).contains("<skillsplan.demo-data.enabled>${skillsplan.run.demo-data}</skillsplan.demo-data.enabled>")
                .contains("<skillsplan.run.demo-data>true</skillsplan.run.demo-data>");
    }

    private DemoDataPolicy policy(Database database, boolean enabled, boolean allowOnPostgres) {
        return new DemoDataPolicy(new DemoDataSettings(enabled, allowOnPostgres), database, accounts);
    }
}
