package uk.skillsplan.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Map;

/**
 * Where an occupation grid's rows come from: the nine SOC 2020 major groups ({@code "SOC_MAJOR"})
 * or the occupations chosen in an earlier occupation question ({@code {"fromQuestion": "X"}}).
 */
public record RowSource(boolean socMajorGroups, String fromQuestion) {

    public static final String SOC_MAJOR = "SOC_MAJOR";

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RowSource of(String name) {
        if (!SOC_MAJOR.equals(name)) {
            throw new IllegalArgumentException("rows must be \"SOC_MAJOR\" or {\"fromQuestion\": ...}, not " + name);
        }
        return new RowSource(true, null);
    }

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public static RowSource fromQuestion(@JsonProperty("fromQuestion") String question) {
        return new RowSource(false, question);
    }

    /** Written back in the same two shapes the definition files use. */
    @JsonValue
    public Object json() {
        return socMajorGroups ? SOC_MAJOR : Map.of("fromQuestion", fromQuestion);
    }
}
