package uk.skillsplan.base.ui;

import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * Unexpected failures as people see them: logged once with a short incident reference, and
 * described in a sentence that says what happened and what to do, never with a stack trace.
 */
public final class Incidents {

    private static final Logger log = LoggerFactory.getLogger(Incidents.class);

    private Incidents() {
    }

    /** Logs the failure with a new incident reference and returns the sentence to show. */
    public static String describe(String whatFailed, Throwable failure) {
        if (failure instanceof AccessDeniedException denied) {
            log.warn("Refused: {} ({})", whatFailed, denied.getMessage());
            return whatFailed + ": you may no longer do this (" + denied.getMessage()
                    + ") If you think you should, sign in again or ask your administrator.";
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        log.error("Incident {}: {}", reference, whatFailed, failure);
        return whatFailed + ": something went wrong on our side. Please try again; if it keeps happening, tell your "
                + "administrator the incident reference " + reference + ".";
    }
}
