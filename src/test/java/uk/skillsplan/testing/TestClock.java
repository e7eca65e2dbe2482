package uk.skillsplan.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The application's {@link Clock} in tests. It starts on a fixed day, so that no test depends on
 * the day the suite happens to run (nor on running across midnight), and it ticks with real time
 * so that timestamps still follow one another. A test moves it ({@link #setInstant},
 * {@link #setDate}, {@link #advance}) to see what happens later; {@link ResetTestClock} puts it
 * back after every test. Instants are in microseconds, as the databases store them.
 */
public final class TestClock extends Clock {

    /** A Monday morning in June: no change of clocks or of year within a few months either way. */
    public static final Instant START = Instant.parse("2026-06-15T09:00:00Z");
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private final Timeline timeline;
    private final ZoneId zone;

    public TestClock() {
        this(new Timeline(), UK);
    }

    private TestClock(Timeline timeline, ZoneId zone) {
        this.timeline = timeline;
        this.zone = zone;
    }

    @Override
    public Instant instant() {
        return START.plus(timeline.elapsed()).plus(timeline.offset).truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** The same clock seen from another zone: moving either moves both. */
    @Override
    public Clock withZone(ZoneId zone) {
        return new TestClock(timeline, zone);
    }

    /** Jumps to an instant; the clock goes on ticking from there. */
    public void setInstant(Instant instant) {
        timeline.offset = Duration.between(START.plus(timeline.elapsed()), instant);
    }

    /** Jumps to a morning (09:00 UK time) of the given day. */
    public void setDate(LocalDate day) {
        setInstant(day.atTime(LocalTime.of(9, 0)).atZone(UK).toInstant());
    }

    public void advance(Duration duration) {
        timeline.offset = timeline.offset.plus(duration);
    }

    /** Back to {@link #START} plus the real time since the tests began. */
    public void reset() {
        timeline.offset = Duration.ZERO;
    }

    /** Shared by a clock and its views in other zones. */
    private static final class Timeline {
        private final long startedAt = System.nanoTime();
        private volatile Duration offset = Duration.ZERO;

        Duration elapsed() {
            return Duration.ofNanos(System.nanoTime() - startedAt);
        }
    }
}
