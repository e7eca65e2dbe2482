package uk.skillsplan.survey;

/** A rating from {@code min} to {@code max}, with words for both ends. */
public record RatingScale(int min, int max, String minLabel, String maxLabel) {
}
