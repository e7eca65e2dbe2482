package uk.skillsplan.outreach;

import java.time.Instant;

/** One e-mail in the outbox, as the Outbox page shows it. */
public record OutboxMessage(long id, String lsipCode, String recipient, String subject, String body, Status status,
                            int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

    public enum Status {
        /** Waiting for delivery (again, after a failed attempt, at nextAttemptAt). */
        QUEUED("Waiting"),
        SENT("Sent"),
        /** Every attempt failed: it will not be tried again. */
        FAILED("Failed"),
        /**
         * The recipient's mail server refused it for good (an SMTP 5xx answer, at once and without another
         * attempt), or a bounce report came later and the ERB lead or an administrator recorded it.
         */
        BOUNCED("Bounced");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
