package uk.skillsplan.plan.drafting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The priority score, documented in docs/plan.md: per sector (SIC section), each component is the
 * sector's value divided by the highest value of any sector (so 0 to 1), times its weight; the
 * score is the sum, out of 100. A component the disclosure control hides counts 0 and says so.
 * A sector needs a shown skill-shortage figure (volume or density) above 0 to be a priority at all.
 */
public final class PriorityScore {

    /** The components and their weights (they add up to 100). */
    public enum Component {
        SSV_VOLUME("skill-shortage vacancies", 30, false),
        SSV_DENSITY("skill-shortage vacancy density", 20, false),
        SKILLS_GAP_DENSITY("skills-gap density", 20, false),
        TRAINING_GAP("share of employers not training", 15, true),
        JOB_QUALITY_GAP("insecure work score", 15, false);

        final String words;
        final int weight;
        /** Computed from the metric as 1 - value (a training incidence becomes a training gap). */
        final boolean inverted;

        Component(String words, int weight, boolean inverted) {
            this.words = words;
            this.weight = weight;
            this.inverted = inverted;
        }

        public int weight() {
            return weight;
        }
    }

    /** One sector's shown values (absent when not asked or hidden). */
    public record SectorEvidence(String sicSection, String label, Map<Component, Double> values) {
    }

    public record Ranked(int rank, String sicSection, String label, double score, String explanation) {
    }

    public static final int MAX_PRIORITIES = 6;

    private PriorityScore() {
    }

    /** The priorities: the first {@link #MAX_PRIORITIES} of {@link #rankAll}. */
    public static List<Ranked> rank(List<SectorEvidence> sectors) {
        List<Ranked> all = rankAll(sectors);
        return all.subList(0, Math.min(MAX_PRIORITIES, all.size()));
    }

    /** Every sector with a shown skill shortage, ranked by its score. */
    public static List<Ranked> rankAll(List<SectorEvidence> sectors) {
        Map<Component, Double> highest = new LinkedHashMap<>();
        for (Component component : Component.values()) {
            highest.put(component, sectors.stream().map(s -> part(s, component)).filter(v -> v != null)
                    .max(Double::compare).orElse(0.0));
        }
        record Scored(SectorEvidence sector, double score, String because) {
        }
        List<Scored> scored = new ArrayList<>();
        for (SectorEvidence sector : sectors) {
            if (!positive(part(sector, Component.SSV_VOLUME)) && !positive(part(sector, Component.SSV_DENSITY))) {
                continue; // no shown skill shortage: not a skills priority, whatever else it scores
            }
            double score = 0;
            List<String> because = new ArrayList<>();
            for (Component component : Component.values()) {
                Double value = part(sector, component);
                double max = highest.get(component);
                if (value == null) {
                    because.add(component.words + ": not shown (0 of " + component.weight + ")");
                    continue;
                }
                double points = max <= 0 ? 0 : value / max * component.weight;
                score += points;
                because.add(component.words + ": " + String.format(Locale.UK, "%.0f", points) + " of " + component.weight
                        + (max > 0 && value >= max ? " (highest of all sectors)" : ""));
            }
            scored.add(new Scored(sector, score, String.join("; ", because)));
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparing(s -> s.sector().sicSection()));
        List<Ranked> ranked = new ArrayList<>();
        for (int i = 0; i < scored.size(); i++) {
            Scored s = scored.get(i);
            ranked.add(new Ranked(i + 1, s.sector().sicSection(), s.sector().label(), Math.round(s.score() * 10) / 10.0,
                    "Score " + String.format(Locale.UK, "%.0f", s.score()) + " out of 100 - " + s.because() + "."));
        }
        return ranked;
    }

    private static boolean positive(Double value) {
        return value != null && value > 0;
    }

    private static Double part(SectorEvidence sector, Component component) {
        Double value = sector.values().get(component);
        if (value == null) {
            return null;
        }
        return component.inverted ? 1 - value : value;
    }
}
