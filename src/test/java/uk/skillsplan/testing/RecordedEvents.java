package uk.skillsplan.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import uk.skillsplan.response.ResponseAmended;
import uk.skillsplan.response.ResponseSubmitted;
import uk.skillsplan.survey.RoundClosed;
import uk.skillsplan.survey.RoundExtended;

/**
 * The one consumer of the modules' events for now (insight will be the first real one): a listener
 * in the shared test context that records what it receives and can be told to fail, to show that a
 * failed delivery stays in the event publication registry and is delivered again. Listeners run
 * asynchronously after the commit, so tests wait for what they expect.
 */
@Component
public class RecordedEvents {

    private final List<Object> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();

    @ApplicationModuleListener
    void on(ResponseSubmitted event) {
        receive(event);
    }

    @ApplicationModuleListener
    void on(ResponseAmended event) {
        receive(event);
    }

    @ApplicationModuleListener
    void on(RoundClosed event) {
        receive(event);
    }

    @ApplicationModuleListener
    void on(RoundExtended event) {
        receive(event);
    }

    /** The next {@code count} deliveries throw, as a listener with a bug or a lost database would. */
    public void failNext(int count) {
        failures.set(count);
    }

    /** How many deliveries have failed on purpose so far. */
    public int failed() {
        return failed.get();
    }

    public <T> List<T> received(Class<T> type) {
        return received.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private void receive(Object event) {
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            failed.incrementAndGet();
            throw new IllegalStateException("Listener failure for the test: " + event);
        }
        received.add(event);
    }
}
