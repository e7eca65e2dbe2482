package uk.skillsplan.insight;

/** One row of a {@link FigureTable}: the value of the breakdown (code and label) and its figure. */
public record FigureRow(String key, String label, Figure figure) {
}
