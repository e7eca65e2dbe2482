package uk.skillsplan.insight.engine;

/**
 * What the database returns for one component of a metric in one cell: per-organisation
 * contributions summed, never the contributions themselves.
 *
 * @param count organisations with a contribution
 * @param sum sum of contributions
 * @param sumOfSquares sum of squared contributions (for intervals)
 * @param largest the largest contribution of one organisation
 * @param second the second largest (equal to the largest when two organisations tie)
 */
record Sums(long count, double sum, double sumOfSquares, double largest, double second) {

    static final Sums NONE = new Sums(0, 0, 0, 0, 0);
}
