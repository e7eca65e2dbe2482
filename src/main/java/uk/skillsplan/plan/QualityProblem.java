package uk.skillsplan.plan;

/**
 * Something to fix before review, and where: {@code sectionId} names the section to open
 * ({@code null} when the problem is the plan's as a whole).
 */
public record QualityProblem(String check, String message, Long sectionId, String sectionTitle) {
}
