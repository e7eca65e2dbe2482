package uk.skillsplan.response;

import java.util.Map;
import java.util.Set;

/**
 * The outcome of saving answers: messages for the questions that were refused (by question code;
 * nothing of those was saved), and the questions whose answers were removed because an answer
 * now hides them.
 */
public record SaveResult(Map<String, String> errors, Set<String> cleared, ResponseSummary response) {

    public boolean ok() {
        return errors.isEmpty();
    }
}
