package uk.skillsplan.insight;

/** A 95% confidence interval and the method that gave it (for example "Wilson", "Wilson with effective sample size", "linearisation"). */
public record Interval(double lower, double upper, String method) {
}
