package uk.skillsplan.insight;

import java.util.List;

/**
 * One metric of the catalogue, defined once and read by the dashboards, the exports and the plan.
 *
 * @param code stable identifier stored in queries (for example {@code SSV_DENSITY}); never reused for another meaning
 * @param name short name shown to people ("Skill-shortage vacancy density")
 * @param description one plain-English sentence on what it measures
 * @param numerator what is counted above the line, in words
 * @param denominator what is counted below the line, in words (empty for volumes)
 * @param base the unit of the base
 * @param kind how it is computed, which decides the disclosure rules that apply
 * @param percent whether the value is shown as a percentage (value 0..1 shown as 0-100%)
 * @param questionCodes the questions it reads (question codes of the national questionnaires)
 * @param audience which kind of respondent's answers it summarises: {@code EMPLOYER}, {@code PROVIDER} or {@code COUNCIL}
 * @param benchmark the metric key in the national ESS benchmarks it is compared with, or {@code null}
 * @param approximation a caution shown with the metric where it is an approximation (the insecurity score), or {@code null}
 */
public record Metric(String code, String name, String description, String numerator, String denominator,
                     BaseUnit base, MetricKind kind, boolean percent, List<String> questionCodes, String audience,
                     String benchmark, String approximation) {

    public Metric {
        questionCodes = List.copyOf(questionCodes);
    }

    /**
     * Who a figure's base counts, in words: the base of every figure is the responding organisations
     * behind it ({@link Figure#base()}), whatever unit its denominator is in - a vacancy density on
     * 300 responding establishments is not one on 300 people employed.
     */
    public String respondents() {
        return switch (audience == null ? "" : audience) {
            case "PROVIDER" -> BaseUnit.PROVIDERS.words();
            case "COUNCIL" -> BaseUnit.COUNCILS.words();
            default -> BaseUnit.ESTABLISHMENTS.words();
        };
    }

    /** Whether the figure adds up magnitudes that one large organisation could dominate (vacancies, staff, days). */
    public boolean magnitude() {
        return kind == MetricKind.RATIO || kind == MetricKind.VOLUME;
    }
}
