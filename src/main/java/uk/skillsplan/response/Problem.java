package uk.skillsplan.response;

/** Something that stops a response from being submitted, placed at its section and question. */
public record Problem(String sectionCode, String questionCode, String message) {
}
