package uk.skillsplan.plan;

import java.time.Instant;

/**
 * One section's current (or an older) text in Markdown, with its version number: a save names the
 * number it started from, and is refused when someone saved a newer one meanwhile.
 */
public record SectionText(long sectionId, long planId, SectionKind kind, String title, int number, String body,
                          String note, String savedBy, Instant savedAt) {

    public boolean empty() {
        return body == null || body.isBlank();
    }
}
