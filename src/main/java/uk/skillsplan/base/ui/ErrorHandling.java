package uk.skillsplan.base.ui;

import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * Any failure in a click or a change that no view handled itself is logged with an incident
 * reference and told to the person (Vaadin's default is a log line and nothing on the screen).
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(ErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        String message = Incidents.describe("That did not work", event.getThrowable());
        if (com.vaadin.flow.component.UI.getCurrent() != null) {
            Notices.error(message);
        }
    }
}
