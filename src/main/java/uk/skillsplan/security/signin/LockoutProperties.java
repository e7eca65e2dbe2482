package uk.skillsplan.security.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** How many failed sign-ins lock an account, and for how long. */
@ConfigurationProperties("skillsplan.security.lockout")
public record LockoutProperties(int maxAttempts, Duration duration) {

    public LockoutProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("skillsplan.security.lockout.max-attempts must be at least 1");
        }
        if (duration == null || duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException("skillsplan.security.lockout.duration must be positive");
        }
    }

    public long minutes() {
        return duration.toMinutes();
    }
}
