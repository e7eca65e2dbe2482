package uk.skillsplan.plan.collaboration;

import java.time.Instant;

/** One thing in the plans that waits for the caller, with the section to open. */
public record Waiting(Kind kind, String sectionTitle, String text, long sectionId, Instant since) {

    public enum Kind {
        SUGGESTION("Suggestion to decide"),
        COMMENT("Comment on your section"),
        MENTION("Mention");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
