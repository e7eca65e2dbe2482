package uk.skillsplan.insight;

/**
 * England's (or the UK's) figure for a metric from the national Employer Skills Survey, with where
 * it comes from. Shares are 0..1 like {@link Figure#value()}.
 */
public record Benchmark(String metric, double value, String survey, String geography, String definition,
                        String sourceUrl, String confidence) {
}
