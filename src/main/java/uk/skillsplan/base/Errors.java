package uk.skillsplan.base;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects field errors while a service checks a command, then throws them all at once. */
public final class Errors {

    private final Map<String, String> byField = new LinkedHashMap<>();

    public Errors reject(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public Errors rejectIf(boolean condition, String field, String message) {
        return condition ? reject(field, message) : this;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public boolean isEmpty() {
        return byField.isEmpty();
    }

    public void throwIfAny() {
        if (!byField.isEmpty()) {
            throw new ValidationException(byField);
        }
    }

    public static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    public static Map<String, String> none() {
        return Map.of();
    }
}
