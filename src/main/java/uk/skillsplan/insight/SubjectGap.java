package uk.skillsplan.insight;

/**
 * One sector subject area (tier 1): employers' demand mapped to it, provision on it from the provider
 * survey and from DfE's achievements, each as a disclosure-controlled figure with its share of its side's
 * total, and the gap index against each provision source.
 *
 * @param demandShare the area's demand share (0..1), or {@code null} when the figure or the total is hidden
 * @param placesShare the share of providers' filled places, or {@code null}
 * @param achievementsShare the share of DfE achievements, or {@code null}
 * @param gapPlaces the gap index against the survey's places: demand share less places share (-1..1),
 *        {@code null} whenever either side is hidden or missing
 * @param gapAchievements the gap index against DfE achievements, likewise
 * @param achievementsIncomplete the DfE figure is a sum over districts some of which were suppressed (a lower bound)
 * @param yourOffer the provider looking at it said it teaches this subject area
 */
public record SubjectGap(String ssaCode, String ssaName, Figure demand, Double demandShare, Figure places,
                         Double placesShare, Figure achievements, Double achievementsShare, Double gapPlaces,
                         Double gapAchievements, boolean achievementsIncomplete, boolean yourOffer) {
}
