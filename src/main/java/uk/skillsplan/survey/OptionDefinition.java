package uk.skillsplan.survey;

/** One answer option: a stable code and the words shown. */
public record OptionDefinition(String code, String label) {
}
