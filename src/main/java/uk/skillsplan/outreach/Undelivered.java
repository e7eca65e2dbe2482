package uk.skillsplan.outreach;

import java.time.Instant;

/**
 * An e-mail of a round's outreach to one contact that did not arrive: refused for good by the
 * recipient's mail server (bounced) or given up after every attempt (failed), with the reason.
 */
public record Undelivered(long messageId, String organisationName, String contactName, String email, String subject,
                          OutboxMessage.Status status, String reason, Instant queuedAt) {
}
