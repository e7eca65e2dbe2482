package uk.skillsplan.outreach.outbox;

/** An e-mail to queue: to whom, about what, for which area (whose ERB lead may see how it went). */
public record Mail(String recipient, String subject, String body, String lsipCode, String reference) {
}
