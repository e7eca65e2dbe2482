package uk.skillsplan.plan.collaboration;

import uk.skillsplan.plan.SuggestionStatus;
import java.time.Instant;
import java.util.List;

/**
 * A suggested edit, with its difference against the section's current text (empty once decided).
 * {@code baseNumber} is the version it was made against; {@code currentNumber} the section's now.
 */
public record Suggestion(long id, long sectionId, int baseNumber, int currentNumber, String body, String note,
                         String author, String organisation, Instant at, SuggestionStatus status, String decidedBy,
                         Instant decidedAt, String reason, Integer resultNumber, List<TextDiff.Part> difference) {

    /** Made against an older version than the current one: someone saved the section since. */
    public boolean againstOlderVersion() {
        return baseNumber < currentNumber;
    }
}
