package uk.skillsplan.response;

import java.util.Map;
import java.util.Set;

/**
 * The outcome of saving answers: messages for the questions that were refused (by question code;
 * nothing of those was saved), conflicts with a colleague's newer answers (nothing saved either), and
 * the questions that the saved answers now hide (their answers are
 * kept, shown again if the question comes back, and left out of the submission).
 */
public record SaveResult(Map<String, String> errors, Set<String> hidden, ResponseSummary response,
                         Map<String, SaveConflict> conflicts) {

    public SaveResult(Map<String, String> errors, Set<String> hidden, ResponseSummary response) {
        this(errors, hidden, response, Map.of());
    }

    public boolean ok() {
        return errors.isEmpty() && conflicts.isEmpty();
    }
}
