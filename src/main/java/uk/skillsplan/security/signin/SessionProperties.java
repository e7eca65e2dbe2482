package uk.skillsplan.security.signin;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long a signed-in session lasts: it ends after {@code idleTimeout} without a request from the
 * person (Vaadin's heartbeats do not count), and {@code absoluteLifetime} after sign-in whatever happens.
 */
@ConfigurationProperties("skillsplan.security.session")
public record SessionProperties(Duration idleTimeout, Duration absoluteLifetime) {

    public SessionProperties {
        if (idleTimeout == null || idleTimeout.isNegative() || idleTimeout.isZero()) {
            throw new IllegalArgumentException("skillsplan.security.session.idle-timeout must be positive");
        }
        if (absoluteLifetime == null || absoluteLifetime.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException(
                    "skillsplan.security.session.absolute-lifetime must be at least the idle timeout");
        }
    }
}
