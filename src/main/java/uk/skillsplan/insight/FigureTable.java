package uk.skillsplan.insight;

import java.util.List;

/**
 * A metric broken down by one dimension, after disclosure control including secondary suppression
 * (a hidden row cannot be worked out from the total and the other rows).
 */
public record FigureTable(MetricQuery query, Breakdown breakdown, List<FigureRow> rows, Figure total) {

    public FigureTable {
        rows = List.copyOf(rows);
    }
}
