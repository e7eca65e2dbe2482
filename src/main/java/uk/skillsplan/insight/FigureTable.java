package uk.skillsplan.insight;

import java.util.List;

/**
 * A metric broken down by one dimension, after disclosure control including secondary suppression
 * (a hidden row cannot be worked out from the total and the other rows). A weighted table
 * ({@code query().weighting()}) has the suppression pattern of the unweighted one: only the values
 * and intervals of the shown cells are weighted, each with its design.
 *
 * @param totalDesign for a weighted table, the design of the total when shown; else {@code null}
 */
public record FigureTable(MetricQuery query, Breakdown breakdown, List<FigureRow> rows, Figure total,
                          WeightedDesign totalDesign) {

    public FigureTable {
        rows = List.copyOf(rows);
    }

    public FigureTable(MetricQuery query, Breakdown breakdown, List<FigureRow> rows, Figure total) {
        this(query, breakdown, rows, total, null);
    }

    public boolean weighted() {
        return query.weighting() == Weighting.WEIGHTED;
    }
}
