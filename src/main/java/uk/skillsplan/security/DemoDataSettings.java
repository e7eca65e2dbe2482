package uk.skillsplan.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Switches for demo data: whether to create it, and whether PostgreSQL may hold it. */
@ConfigurationProperties("skillsplan.demo-data")
record DemoDataSettings(boolean enabled, boolean allowOnPostgres) {
}
