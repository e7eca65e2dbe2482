package uk.skillsplan.outreach.outbox;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.skillsplan.outreach.OutboxMessage;

/**
 * Sends what the outbox holds by SMTP. Each batch is one transaction that locks its messages with
 * {@code FOR UPDATE SKIP LOCKED}, sends them one by one and records each outcome, so any number of
 * nodes can run this at once without sending a message twice: another node skips locked rows, and a
 * row is only released as sent or with its next attempt. A failed attempt is tried again after a
 * growing pause (1, 2, 4 ... minutes, at most 6 hours) until the last attempt, then marked failed for
 * the ERB lead and the administrator to see. A permanent refusal - the SMTP server answered 5xx (no
 * such mailbox, domain refused, message rejected) or the address cannot be written - is recorded as
 * bounced at once and never tried again: another attempt would only be refused again.
 *
 * <p>The one case no outbox can rule out: a node that stops after the SMTP server accepted a message
 * but before the commit sends it again later. Each message carries a Message-ID made from its outbox
 * id, so a receiving system sees the two as one message.
 *
 * <p>Without an SMTP server ({@code spring.mail.host} unset, the embedded default) nothing is sent:
 * messages wait in the outbox, where an administrator reads them on the Outbox page.
 */
@Component
public class OutboxDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);
    private static final Duration FIRST_PAUSE = Duration.ofMinutes(1);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(6);

    private final OutboxStore store;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String from;
    private final int batchSize;
    private final int maxAttempts;
    private final boolean scheduled;

    OutboxDelivery(OutboxStore store, ObjectProvider<JavaMailSender> mailSender, PlatformTransactionManager transactions,
                   Clock clock, @Value("${skillsplan.mail.from:SkillsPlan <no-reply@skillsplan.invalid>}") String from,
                   @Value("${skillsplan.outbox.batch-size:50}") int batchSize,
                   @Value("${skillsplan.outbox.max-attempts:8}") int maxAttempts,
                   @Value("${skillsplan.outbox.scheduled:true}") boolean scheduled) {
        this.store = store;
        this.mailSender = mailSender;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
        this.from = from;
        this.batchSize = batchSize;
        this.maxAttempts = maxAttempts;
        this.scheduled = scheduled;
    }

    /** Whether an SMTP server is configured: without one, messages stay in the outbox. */
    public boolean canDeliver() {
        return mailSender.getIfAvailable() != null;
    }

    @Scheduled(fixedDelayString = "${skillsplan.outbox.deliver-every:PT20S}", initialDelayString = "PT30S")
    void deliverOnSchedule() {
        if (scheduled) {
            deliverDue();
        }
    }

    /** Sends every due message, batch by batch; returns how many were sent. */
    public int deliverDue() {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        while (true) {
            Integer[] outcome = transactions.execute(status -> deliverBatch(sender));
            sent += outcome[0];
            if (outcome[1] < batchSize) {
                return sent;
            }
        }
    }

    private Integer[] deliverBatch(JavaMailSender sender) {
        List<OutboxMessage> due = store.lockDue(clock.instant(), batchSize);
        int sent = 0;
        for (OutboxMessage message : due) {
            try {
                sender.send(mime(sender, message));
                store.markSent(message.id(), clock.instant());
                sent++;
            } catch (MailException | MessagingException e) {
                if (permanent(e)) {
                    LOG.warn("Outbox message {} to {} bounced: {}", message.id(), message.recipient(), e.getMessage());
                    store.markBounced(message.id(), describe(e));
                    continue;
                }
                int attempt = message.attempts() + 1;
                boolean giveUp = attempt >= maxAttempts;
                Instant next = clock.instant().plus(pause(attempt));
                LOG.warn("Outbox message {} to {}: attempt {} failed{}: {}", message.id(), message.recipient(), attempt,
                        giveUp ? " (giving up)" : "", e.getMessage());
                store.markFailed(message.id(), describe(e), next, giveUp);
            }
        }
        return new Integer[] {sent, due.size()};
    }

    /**
     * Whether sending failed for good: an SMTP reply code 5xx anywhere among the causes (the refused
     * recipient, sender or message), or an address that is not one. A 4xx reply or a connection
     * problem is temporary.
     */
    static boolean permanent(Throwable failure) {
        java.util.Deque<Throwable> pending = new java.util.ArrayDeque<>();
        java.util.Set<Throwable> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        pending.push(failure);
        while (!pending.isEmpty()) {
            Throwable t = pending.pop();
            if (!seen.add(t)) {
                continue;
            }
            if (t instanceof jakarta.mail.internet.AddressException) {
                return true;
            }
            int code = replyCode(t);
            if (code >= 500 && code < 600) {
                return true;
            }
            if (t instanceof org.springframework.mail.MailSendException send) {
                send.getFailedMessages().values().forEach(pending::push);
                for (Exception nested : send.getMessageExceptions()) {
                    pending.push(nested);
                }
            }
            if (t instanceof MessagingException messaging && messaging.getNextException() != null) {
                pending.push(messaging.getNextException());
            }
            if (t.getCause() != null) {
                pending.push(t.getCause());
            }
        }
        return false;
    }

    /** The SMTP reply code the mail provider's exceptions carry (getReturnCode, Angus Mail's runtime classes), else 0. */
    private static int replyCode(Throwable t) {
        if (!(t instanceof MessagingException)) {
            return 0;
        }
        try {
            return t.getClass().getMethod("getReturnCode").invoke(t) instanceof Integer code ? code : 0;
        } catch (ReflectiveOperationException | RuntimeException e) {
            return 0;
        }
    }

    /** 1 minute after the first failure, doubling each time, at most 6 hours. */
    public static Duration pause(int attempt) {
        Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(attempt - 1, 20));
        return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
    }

    private MimeMessage mime(JavaMailSender sender, OutboxMessage message) throws MessagingException {
        MimeMessage mime = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, false, "UTF-8");
        helper.setFrom(from);
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        helper.setText(message.body(), false);
        mime.saveChanges();
        // After saveChanges, which would otherwise replace it with a random one.
        mime.setHeader("Message-ID", "<outbox-" + message.id() + "@skillsplan>");
        return mime;
    }

    private static String describe(Exception e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return cause == e ? text : text + " (" + cause.getMessage() + ")";
    }
}
