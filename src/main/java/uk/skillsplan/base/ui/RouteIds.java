package uk.skillsplan.base.ui;

import com.vaadin.flow.router.RouteParameters;
import java.util.Optional;

/**
 * Reads a record's id from a page address. Vaadin's {@link RouteParameters#getLong} throws when the
 * segment is not a number (a mistyped or truncated link, {@code /plans/abc}, or one longer than a
 * {@code long}), which the person saw as "Something went wrong" with an incident reference; here such
 * a segment counts as no id, so the page says "Not found" like for an id that does not exist.
 */
public final class RouteIds {

    private RouteIds() {
    }

    /** The id in the parameter {@code name}, or empty when it is missing or not a whole number. */
    public static Optional<Long> id(RouteParameters parameters, String name) {
        return parameters.get(name).flatMap(RouteIds::parse);
    }

    private static Optional<Long> parse(String value) {
        try {
            return Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
