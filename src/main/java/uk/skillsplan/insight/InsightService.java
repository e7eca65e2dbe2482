package uk.skillsplan.insight;

import java.util.List;
import java.util.Optional;

/**
 * The evidence, as disclosure-controlled figures. Every way in - views, exports, the plan - asks
 * this service, which checks the caller: administrators may ask about any area; ERB leads, council
 * officers and provider staff about their own organisation's area; employers only through
 * {@link #howYouCompare(long)}, once they have submitted. Anything else is refused with an
 * {@code AccessDeniedException}; an unknown metric, round or filter value with a
 * {@code uk.skillsplan.base.NotFoundException}.
 */
public interface InsightService {

    /** Every metric, in the order dashboards show them. */
    List<Metric> catalogue();

    /** One metric by its code. */
    Metric metric(String code);

    /** The rounds of an area the caller may analyse, newest first. */
    List<AnalysableRound> rounds(String lsipCode);

    /** One figure for the whole filter. */
    Figure figure(MetricQuery query);

    /**
     * Many figures at once, as {@link #figure} would give each of them, in the same order. Queries
     * that share rounds, area, filter and weighting (an area overview) are computed together in one
     * pass over the answers, so a dashboard asks here rather than calling {@link #figure} per metric.
     */
    default List<Figure> figures(List<MetricQuery> queries) {
        return queries.stream().map(this::figure).toList();
    }

    /** The metric broken down by one dimension within the filter, with secondary suppression applied. */
    FigureTable table(MetricQuery query, Breakdown by);

    /**
     * Many tables by the same dimension, as {@link #table} would give each of them, in the same order; metrics
     * of one kind of respondent with the same rounds, area and filter are computed together in one pass.
     */
    default List<FigureTable> tables(List<MetricQuery> queries, Breakdown by) {
        return queries.stream().map(q -> table(q, by)).toList();
    }

    /** England's (or the UK's) figure for a metric, with its survey year and source, where the national survey has one. */
    Optional<Benchmark> benchmark(String metricCode);

    /** For the signed-in employer, who has submitted to the round: their own figures beside their sector and area. */
    List<Comparison> howYouCompare(long roundId);
}
