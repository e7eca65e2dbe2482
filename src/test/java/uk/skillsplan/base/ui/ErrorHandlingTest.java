package uk.skillsplan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.testing.KaribuTest;

/** A failure that no view handled is told to the person with an incident reference, never swallowed. */
class ErrorHandlingTest extends KaribuTest {

    @Test
    void an_unexpected_failure_is_shown_with_an_incident_reference() {
        login("employer");

        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("database gone")));

        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(notice ->
                assertThat(notice.getElement().getProperty("text")).startsWith("That did not work: something went wrong on our side.")
                        .containsPattern("incident reference [0-9a-f]{8}\\.$").doesNotContain("database gone"));
    }

    @Test
    void a_refusal_says_the_person_may_no_longer_do_it() {
        login("employer");

        ErrorHandling.handle(new ErrorEvent(new AccessDeniedException("Your account was deactivated.")));

        assertThat(NotificationsKt.getNotifications()).singleElement().satisfies(notice ->
                assertThat(notice.getElement().getProperty("text")).contains("you may no longer do this"));
    }
}
