package uk.skillsplan.outreach;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.CallerScope;
import uk.skillsplan.outreach.outbox.OutboxDelivery;
import uk.skillsplan.outreach.outbox.OutboxStore;
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

    OutboxService(OutboxStore store, OutboxDelivery delivery, CallerScope callers) {
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
