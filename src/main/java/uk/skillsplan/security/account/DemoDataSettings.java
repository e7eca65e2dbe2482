package uk.skillsplan.security.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Switches for demo data: whether to create it, and whether PostgreSQL may hold it. */
@ConfigurationProperties("skillsplan.demo-data")
public record DemoDataSettings(boolean enabled, boolean allowOnPostgres) {
}
