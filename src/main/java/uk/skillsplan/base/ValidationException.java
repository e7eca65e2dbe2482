package uk.skillsplan.base;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input refused by a service. Carries one message per field (keyed by the field's name in the
 * command record) so that a form can show each message next to its field; nothing was saved.
 */
public class ValidationException extends RuntimeException {

    /** Key for a problem that belongs to no single field. */
    public static final String FORM = "_form";

    private final Map<String, String> fieldErrors;

    public ValidationException(Map<String, String> fieldErrors) {
        super(describe(fieldErrors));
        this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public static ValidationException of(String field, String message) {
        return new ValidationException(Map.of(field, message));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    private static String describe(Map<String, String> errors) {
        StringBuilder text = new StringBuilder();
        errors.forEach((field, message) -> text.append(text.isEmpty() ? "" : "; ").append(field).append(": ").append(message));
        return text.toString();
    }
}
