package uk.skillsplan.insight.disclosure;

/**
 * A total of magnitudes (vacancies, staff, days) with its two largest contributions by one
 * organisation, which is what the dominance and p% rules need.
 */
public record Magnitude(double total, double largest, double second) {

    public static final Magnitude NONE = new Magnitude(0, 0, 0);

    /** The total of two disjoint groups of organisations, with the two largest contributions of both. */
    public Magnitude plus(Magnitude other) {
        double[] top = {largest, second, other.largest, other.second};
        java.util.Arrays.sort(top);
        return new Magnitude(total + other.total, top[3], top[2]);
    }
}
