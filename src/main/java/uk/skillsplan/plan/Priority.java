package uk.skillsplan.plan;

/** One of the plan's overarching priorities, ranked by the documented score, with why it ranks there. */
public record Priority(int rank, String sicSection, String title, double score, String explanation) {
}
