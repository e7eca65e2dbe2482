package uk.skillsplan.insight.catalogue;

import java.util.List;

/**
 * How a metric is computed in SQL, kept beside its {@code Metric} in the catalogue.
 *
 * <p>Per response, the answers the metric reads are pivoted into named columns ({@link Pivot}); per
 * organisation, each component is an SQL expression over those columns, {@code null} when the
 * organisation does not contribute. The engine sums components over organisations in the database.
 *
 * @param pivots the per-response columns the components read
 * @param components per-organisation SQL expressions over the pivot columns (aliases {@code p.<name>})
 * @param estimator how value and interval come from the sums
 * @param presence the component whose non-null count is the number of contributing organisations
 * @param parts components that must each have the minimum number of organisations (both bands of the training gap)
 * @param magnitudes components that add up magnitudes one organisation could dominate (dominance rules apply)
 * @param perOccupation whether the components read the rows of the workforce grid that a SOC filter picks
 *        (otherwise a SOC filter keeps the establishments that employ people in that group)
 * @param optionQuestion the choice question whose options make the rows of a {@code Breakdown.OPTION} table, or {@code null}
 * @param excludedOptions options of that question that say "none" and so do not count as having the trait
 */
public record Recipe(List<Pivot> pivots, List<String> components, Estimator estimator, int presence, List<Integer> parts,
                     List<Integer> magnitudes, boolean perOccupation, String optionQuestion, List<String> excludedOptions) {

    public Recipe {
        pivots = List.copyOf(pivots);
        components = List.copyOf(components);
        parts = List.copyOf(parts);
        magnitudes = List.copyOf(magnitudes);
        excludedOptions = List.copyOf(excludedOptions);
    }
}
