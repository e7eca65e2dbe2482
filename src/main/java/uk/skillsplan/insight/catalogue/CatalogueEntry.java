package uk.skillsplan.insight.catalogue;

import uk.skillsplan.insight.Metric;

/**
 * A metric and how it is computed: over the establishment's own answers, and - where the
 * questionnaire asks it per occupation - over the rows of the workforce grid a SOC filter picks.
 *
 * @param occupation the per-occupation recipe, or {@code null} when the metric is not asked per occupation
 */
public record CatalogueEntry(Metric metric, Recipe establishment, Recipe occupation) {

    /** The recipe for a query with or without a SOC filter. */
    public Recipe recipe(boolean socFilter) {
        return socFilter && occupation != null ? occupation : establishment;
    }
}
