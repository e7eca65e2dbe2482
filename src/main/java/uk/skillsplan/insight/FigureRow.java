package uk.skillsplan.insight;

/**
 * One row of a {@link FigureTable}: the value of the breakdown (code and label) and its figure.
 *
 * @param design for a weighted table, the design of a shown figure; {@code null} when unweighted or hidden
 */
public record FigureRow(String key, String label, Figure figure, WeightedDesign design) {

    public FigureRow(String key, String label, Figure figure) {
        this(key, label, figure, null);
    }
}
