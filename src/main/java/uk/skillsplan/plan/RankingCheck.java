package uk.skillsplan.plan;

/**
 * One line of the priorities' sensitivity check: what was changed ({@code scenario}: the other
 * weighting, a size band or a sector left out), whether the top priorities keep their order, and in
 * words what moves ("Priority 2, Construction, drops from 2 to 7 without manufacturing").
 * {@code unavailable} when the check could not run (weighted figures before a population import).
 */
public record RankingCheck(String scenario, boolean unchanged, boolean unavailable, String verdict) {
}
