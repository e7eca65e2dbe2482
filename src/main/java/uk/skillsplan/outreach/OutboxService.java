package uk.skillsplan.outreach;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.CallerScope;
import uk.skillsplan.outreach.outbox.OutboxDelivery;
import uk.skillsplan.outreach.outbox.OutboxStore;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.security.AuditAction;
import uk.skillsplan.security.AuditTrail;
import uk.skillsplan.security.ErbLeadOrAdmin;

/**
 * What the outbox holds and how delivery went. Administrators see every message with its text (on
 * the embedded default, without an SMTP server, that is how invitations are read); an ERB lead sees
 * their area's messages - to whom, when, sent or failed and why - but not the text, which holds the
 * recipient's personal link.
 */
@Service
@Transactional(readOnly = true)
public class OutboxService {

    static final String BODY_HIDDEN = "(Only administrators see the text: it holds the recipient's personal link.)";

    private final OutboxStore store;
    private final OutboxDelivery delivery;
    private final CallerScope callers;
    private final AuditTrail audit;

    OutboxService(OutboxStore store, OutboxDelivery delivery, CallerScope callers, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.delivery = delivery;
        this.callers = callers;
    }

    @ErbLeadOrAdmin
    public List<OutboxMessage> find(OutboxMessage.Status status, String recipient, int offset, int limit) {
        Caller me = callers.require();
        List<OutboxMessage> found = store.find(areaOf(me), status, recipient, offset, limit);
        return me.isAdmin() ? found : found.stream().map(OutboxService::withoutBody).toList();
    }

    @ErbLeadOrAdmin
    public int count(OutboxMessage.Status status, String recipient) {
        return store.count(areaOf(callers.require()), status, recipient);
    }

    /**
     * Records a bounce report that arrived after a message was sent (a "delivery failed" e-mail in the
     * ERB's mailbox): the message shows as bounced, on the Outbox page and on the round's outreach page.
     */
    @ErbLeadOrAdmin
    @Transactional
    public void recordBounce(long messageId, String report) {
        Caller me = callers.require();
        String text = report == null ? "" : report.strip();
        if (text.isEmpty() || text.length() > 1000) {
            throw ValidationException.of("report", "Say what the bounce report says (at most 1000 characters), "
                    + "for example \"550 no such mailbox\".");
        }
        if (!store.recordLaterBounce(messageId, areaOf(me), "Bounce reported by " + me.displayName() + ": " + text)) {
            throw ValidationException.of("report", "Only a sent message of your area can be marked as bounced.");
        }
        audit.record(AuditAction.MAIL_BOUNCED, "outbox message " + messageId, me.isAdmin() ? null : me.lsipCode(), text);
    }

    /** Whether an SMTP server is configured; without one, messages wait here. */
    @ErbLeadOrAdmin
    public boolean deliveryConfigured() {
        return delivery.canDeliver();
    }

    private String areaOf(Caller me) {
        return me.isAdmin() ? null : callers.requireArea();
    }

    private static OutboxMessage withoutBody(OutboxMessage m) {
        return new OutboxMessage(m.id(), m.lsipCode(), m.recipient(), m.subject(), BODY_HIDDEN, m.status(), m.attempts(),
                m.nextAttemptAt(), m.lastError(), m.createdAt(), m.sentAt());
    }
}
