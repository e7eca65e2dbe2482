package uk.skillsplan.security;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import uk.skillsplan.security.domain.UserAccountRepository;

/**
 * Demo accounts (with published passwords) belong on the embedded database only. On the
 * {@code postgres} profile the application refuses to start if demo data is switched on, or if the
 * database already holds demo accounts, unless {@code skillsplan.demo-data.allow-on-postgres} is
 * set on purpose (as the PostgreSQL test run does).
 */
@Component
public class DemoDataPolicy {

    private final boolean enabled;

    DemoDataPolicy(DemoDataSettings settings, Environment environment, UserAccountRepository accounts) {
        boolean postgres = environment.matchesProfiles("postgres");
        if (postgres && !settings.allowOnPostgres()) {
            if (settings.enabled()) {
                throw new IllegalStateException("Demo data is switched on while the 'postgres' profile is active. "
                        + "Demo accounts have published passwords: unset SKILLSPLAN_DEMO_DATA, or set "
                        + "SKILLSPLAN_ALLOW_DEMO_ON_POSTGRES=true for a throw-away database.");
            }
            if (accounts.existsByDemoTrue()) {
                throw new IllegalStateException("This PostgreSQL database holds demo accounts with published passwords. "
                        + "Remove them, or set SKILLSPLAN_ALLOW_DEMO_ON_POSTGRES=true for a throw-away database.");
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
}
