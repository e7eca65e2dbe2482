package uk.skillsplan.response;

import java.time.Instant;
import java.util.List;

/**
 * A save refused because someone else changed the same answer after the person's page showed it:
 * their answer ({@code theirs}, by {@code changedBy}) and the one that was not saved ({@code mine}),
 * so that the person can choose.
 */
public record SaveConflict(String questionCode, List<Cell> theirs, List<Cell> mine, String changedBy, Instant changedAt) {
}
