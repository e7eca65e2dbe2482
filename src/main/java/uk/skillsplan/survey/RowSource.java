package uk.skillsplan.survey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

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

    public static RowSource fromQuestion(String question) {
        return new RowSource(false, question);
    }

    /**
     * Reads {@code {"fromQuestion": "X"}} from a definition file, and also the record's own form
     * ({@code {"socMajorGroups": true, "fromQuestion": null}}), which is how a published version is
     * stored: without it, a stored definition could not be read back.
     */
    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    static RowSource read(@JsonProperty("socMajorGroups") Boolean socMajorGroups,
                          @JsonProperty("fromQuestion") String fromQuestion) {
        return Boolean.TRUE.equals(socMajorGroups) ? new RowSource(true, null) : fromQuestion(fromQuestion);
    }
}
