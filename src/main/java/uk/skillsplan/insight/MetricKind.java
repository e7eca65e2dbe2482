package uk.skillsplan.insight;

/** How a metric is computed from each organisation's contribution, and so which disclosure rules apply. */
public enum MetricKind {
    /** Share of responding establishments with the trait (incidence): organisations with it / organisations asked. */
    INCIDENCE,
    /** A ratio of two sums over establishments (density): sum of numerators / sum of denominators. Magnitude: dominance applies. */
    RATIO,
    /** A sum over establishments (volume), such as skill-shortage vacancies. Magnitude: dominance applies. */
    VOLUME,
    /** The mean of a rating or score over the establishments that gave one. */
    MEAN,
    /** One incidence per option of a choice question (for example the causes of hard-to-fill vacancies): a table by {@link Breakdown#OPTION}. */
    OPTION_SHARES
}
