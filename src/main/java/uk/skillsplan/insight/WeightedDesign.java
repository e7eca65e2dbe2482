package uk.skillsplan.insight;

/**
 * The design behind a weighted figure that is shown: how many equally weighted responses it is worth.
 *
 * @param effectiveSampleSize Kish's n_eff = (sum of w)^2 / sum of w^2 over the figure's base
 * @param designEffect the base's responses / n_eff
 */
public record WeightedDesign(double effectiveSampleSize, double designEffect) {
}
