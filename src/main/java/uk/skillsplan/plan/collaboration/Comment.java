package uk.skillsplan.plan.collaboration;

import java.time.Instant;
import java.util.List;

/** A comment as screens show it: plain text (never HTML), who wrote it for which organisation, whom it mentions. */
public record Comment(long id, Long parentId, String author, String organisation, String body, Instant at,
                      Instant resolvedAt, String resolvedBy, List<String> mentions) {

    public boolean resolved() {
        return resolvedAt != null;
    }
}
