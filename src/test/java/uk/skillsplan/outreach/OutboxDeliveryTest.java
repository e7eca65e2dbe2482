package uk.skillsplan.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.skillsplan.outreach.outbox.Mail;
import uk.skillsplan.outreach.outbox.Outbox;
import uk.skillsplan.outreach.outbox.OutboxDelivery;
import uk.skillsplan.testing.ServiceTest;

/**
 * Delivery from the outbox to a real SMTP server: what is queued arrives once, a failure is tried again
 * after a growing pause and finally given up, and several workers delivering at once (each in its own
 * thread, transaction and database connection, as several nodes would) send no message twice. CI runs
 * this on PostgreSQL as well as H2.
 */
class OutboxDeliveryTest extends ServiceTest {

    @RegisterExtension
    static GreenMailExtension mail = MailServer.extension();

    @Autowired ApplicationContext context;
    @Autowired Outbox outbox;
    @Autowired OutboxDelivery delivery;
    @Autowired OutboxService outboxService;
    @Autowired PlatformTransactionManager transactionManager;

    @BeforeEach
    void connect() {
        MailServer.connect(context, mail);
        delivery.deliverDue(); // whatever earlier tests left due
        try {
            mail.purgeEmailFromAllMailboxes();
        } catch (com.icegreen.greenmail.store.FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterEach
    void reconnect() {
        MailServer.connect(context, mail);
    }

    private List<String> queue(int count, String tag) {
        List<String> recipients = new ArrayList<>();
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            for (int i = 0; i < count; i++) {
                String to = tag + "-" + i + "@example.org";
                recipients.add(to);
                outbox.queue(new Mail(to, "Test " + tag + " " + i, "Hello " + i, "E69000037", null));
            }
        });
        return recipients;
    }

    @Test
    void a_queued_message_arrives_once_with_a_message_id_from_its_outbox_row() throws Exception {
        String tag = "once-" + UUID.randomUUID().toString().substring(0, 8);
        String to = queue(1, tag).get(0);

        assertThat(delivery.deliverDue()).isEqualTo(1);
        assertThat(delivery.deliverDue()).isZero();

        List<MimeMessage> received = MailServer.to(mail, to);
        assertThat(received).hasSize(1);
        assertThat(received.get(0).getMessageID()).matches("<outbox-\\d+@skillsplan>");
        assertThat(signedInAs("admin", () -> outboxService.find(OutboxMessage.Status.SENT, to, 0, 10)))
                .singleElement().satisfies(m -> assertThat(m.sentAt()).isNotNull());
    }

    @Test
    void a_failed_attempt_is_tried_again_after_a_growing_pause_and_given_up_after_the_last() {
        String to = queue(1, "retry-" + UUID.randomUUID().toString().substring(0, 8)).get(0);
        MailServer.disconnect(context);

        delivery.deliverDue();
        OutboxMessage first = only(to);
        assertThat(first.status()).isEqualTo(OutboxMessage.Status.QUEUED);
        assertThat(first.attempts()).isEqualTo(1);
        assertThat(first.lastError()).isNotBlank();
        assertThat(Duration.between(clock.instant(), first.nextAttemptAt())).isBetween(Duration.ofSeconds(50),
                Duration.ofMinutes(1));
        delivery.deliverDue();
        assertThat(only(to).attempts()).as("not again before the pause is over").isEqualTo(1);

        for (int attempt = 2; attempt <= 8; attempt++) {
            clock.setInstant(only(to).nextAttemptAt().plusSeconds(1));
            delivery.deliverDue();
        }
        OutboxMessage last = only(to);
        assertThat(last.attempts()).isEqualTo(8);
        assertThat(last.status()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(signedInAs("erb", () -> outboxService.find(OutboxMessage.Status.FAILED, to, 0, 10)))
                .as("the ERB lead of the area sees the failure, without the text")
                .singleElement().satisfies(m -> assertThat(m.body()).isEqualTo(OutboxService.BODY_HIDDEN));
        assertThat(signedInAs("erb.gm", () -> outboxService.count(null, to))).as("another area's ERB lead").isZero();

        MailServer.connect(context, mail);
        clock.advance(Duration.ofDays(2));
        delivery.deliverDue();
        assertThat(MailServer.to(mail, to)).as("a failed message is not sent later").isEmpty();
    }

    @Test
    void the_pause_doubles_from_one_minute_up_to_six_hours() {
        assertThat(OutboxDeliveryPauses.of(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(OutboxDeliveryPauses.of(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(OutboxDeliveryPauses.of(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(OutboxDeliveryPauses.of(12)).isEqualTo(Duration.ofHours(6));
    }

    @Test
    void four_workers_delivering_at_once_send_every_message_exactly_once() throws Exception {
        String tag = "parallel-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> recipients = queue(400, tag);
        ExecutorService workers = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> jobs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                jobs.add(delivery::deliverDue);
            }
            int sent = 0;
            for (Future<Integer> result : workers.invokeAll(jobs)) {
                sent += result.get();
            }
            assertThat(sent).isEqualTo(400);
        } finally {
            workers.shutdownNow();
        }

        Map<String, Long> perRecipient = Arrays.stream(mail.getReceivedMessages()).map(MailServer::recipient)
                .filter(r -> r.startsWith(tag)).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(perRecipient.keySet()).containsExactlyInAnyOrderElementsOf(recipients);
        assertThat(perRecipient.values()).allMatch(n -> n == 1);
    }

    private OutboxMessage only(String recipient) {
        return signedInAs("admin", () -> outboxService.find(null, recipient, 0, 10)).get(0);
    }

    private <T> T signedInAs(String username, java.util.function.Supplier<T> work) {
        signInAs(username);
        try {
            return work.get();
        } finally {
            uk.skillsplan.testing.SignIn.out();
        }
    }
}
