package uk.skillsplan.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in tests: the system clock, moved on by whatever a test {@link #advance}s,
 * so that time-based rules (session lifetimes, lockouts) can be tested without waiting. It is part
 * of the one shared context; a test that moves it must {@link #reset} it afterwards.
 */
public final class TestClock extends Clock {

    private final Clock system;
    private volatile Duration offset = Duration.ZERO;

    public TestClock() {
        this(Clock.systemDefaultZone());
    }

    private TestClock(Clock system) {
        this.system = system;
    }

    /** Moves the clock on. */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Back to the real time. */
    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(system.withZone(zone));
    }

    /** Puts the test clock in place of the application's one. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        @Primary
        TestClock testClock() {
            return new TestClock();
        }
    }
}
