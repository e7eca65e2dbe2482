package uk.skillsplan.insight.disclosure;

import java.util.List;
import uk.skillsplan.insight.Interval;

/**
 * What the database gives for one cell before disclosure control: never shown to anyone as it is.
 *
 * @param key the breakdown value ({@code null} for a total)
 * @param label the breakdown value in words
 * @param organisations organisations contributing to the cell
 * @param smallestPart organisations behind the smallest part of a metric made of several (both occupation
 *        bands of the training gap); equal to {@code organisations} for the others
 * @param magnitudes the totals one organisation could dominate, with their largest contributions (empty for shares and means)
 * @param widerOrganisations organisations behind the same cell with each non-empty set of its filter conditions
 *        taken away, one number per set: the difference between the two is itself a group of organisations
 * @param value the value computed from the sums, or {@code null} when there is none (nothing to divide by)
 * @param interval its 95% interval, or {@code null}
 */
public record RawCell(String key, String label, int organisations, int smallestPart, List<Magnitude> magnitudes,
                      List<Integer> widerOrganisations, Double value, Interval interval) {

    public RawCell {
        magnitudes = List.copyOf(magnitudes);
        widerOrganisations = List.copyOf(widerOrganisations);
    }

    public static RawCell empty(String key, String label, int magnitudeCount) {
        return new RawCell(key, label, 0, 0, java.util.Collections.nCopies(magnitudeCount, Magnitude.NONE), List.of(), null, null);
    }

    public RawCell withWider(List<Integer> wider) {
        return new RawCell(key, label, organisations, smallestPart, magnitudes, wider, value, interval);
    }

    /**
     * The cells taken together, as someone could work it out from a table's total and its shown rows.
     * {@code overlapping}: the same organisation may sit in both (occupation rows), so the count of the
     * union is only known to be at least the larger of the two.
     */
    RawCell union(RawCell other, boolean overlapping) {
        java.util.ArrayList<Magnitude> sums = new java.util.ArrayList<>();
        for (int i = 0; i < magnitudes.size(); i++) {
            Magnitude mine = magnitudes.get(i);
            Magnitude theirs = other.magnitudes.get(i);
            // Overlapping: one organisation may be the largest in both, so assume it is (an upper bound).
            sums.add(overlapping ? new Magnitude(mine.total() + theirs.total(), mine.largest() + theirs.largest(), 0)
                    : mine.plus(theirs));
        }
        int count = overlapping ? Math.max(organisations, other.organisations) : organisations + other.organisations;
        int part = overlapping ? Math.max(smallestPart, other.smallestPart) : smallestPart + other.smallestPart;
        return new RawCell(null, null, count, part, sums, List.of(), null, null);
    }
}
