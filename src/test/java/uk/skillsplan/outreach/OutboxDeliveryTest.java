package uk.skillsplan.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import javax.sql.DataSource;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.skillsplan.base.ValidationException;
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
import uk.skillsplan.outreach.outbox.OutboxStore;
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
    @Autowired Environment environment;

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

    @Test
    void a_permanent_refusal_is_recorded_as_bounced_at_once_and_never_tried_again() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String refused = queue(1, "bounce-" + tag).get(0);
        String accepted = queue(1, "fine-" + tag).get(0);
        try (RefusingMailServer server = new RefusingMailServer("bounce-", "550 5.1.1 No such mailbox here")) {
            server.connect(context);
            delivery.deliverDue();
        }
        OutboxMessage bounced = only(refused);
        assertThat(bounced.status()).isEqualTo(OutboxMessage.Status.BOUNCED);
        assertThat(bounced.attempts()).isOne();
        assertThat(bounced.lastError()).contains("550");
        assertThat(only(accepted).status()).as("the other message went").isEqualTo(OutboxMessage.Status.SENT);
        assertThat(signedInAs("erb", () -> outboxService.find(OutboxMessage.Status.BOUNCED, refused, 0, 10)))
                .as("the ERB lead sees the bounce").hasSize(1);

        MailServer.connect(context, mail);
        clock.advance(Duration.ofDays(1));
        delivery.deliverDue();
        assertThat(MailServer.to(mail, refused)).as("a bounced message is not tried again").isEmpty();
        assertThat(only(refused).attempts()).isOne();
    }

    @Test
    void a_temporary_refusal_is_tried_again_later() throws Exception {
        String refused = queue(1, "bounce-later-" + UUID.randomUUID().toString().substring(0, 8)).get(0);
        try (RefusingMailServer server = new RefusingMailServer("bounce-", "450 4.2.1 Mailbox busy, try later")) {
            server.connect(context);
            delivery.deliverDue();
        }
        assertThat(only(refused).status()).isEqualTo(OutboxMessage.Status.QUEUED);
        assertThat(only(refused).lastError()).contains("450");
    }

    @Test
    void a_bounce_report_that_comes_later_is_recorded_for_a_sent_message_of_the_area_only() {
        String to = queue(1, "later-" + UUID.randomUUID().toString().substring(0, 8)).get(0);
        delivery.deliverDue();
        long id = only(to).id();

        assertThatThrownBy(() -> signedInAs("erb.gm", () -> {
            outboxService.recordBounce(id, "550 unknown user");
            return null;
        })).isInstanceOf(ValidationException.class).hasMessageContaining("Only a sent message of your area");
        assertThatThrownBy(() -> signedInAs("erb", () -> {
            outboxService.recordBounce(id, " ");
            return null;
        })).isInstanceOf(ValidationException.class);

        signedInAs("erb", () -> {
            outboxService.recordBounce(id, "550 unknown user");
            return null;
        });
        assertThat(only(to).status()).isEqualTo(OutboxMessage.Status.BOUNCED);
        assertThat(only(to).lastError()).contains("550 unknown user");
    }

    /**
     * Two application nodes on one database: a second, minimal Spring context - its own connection
     * pool, transaction manager, outbox store, delivery worker and mail sender - delivers the same
     * outbox at the same time as the application's own worker. Every message arrives exactly once
     * (counted by its Message-ID at the SMTP server). Runs on H2 and, in the PostgreSQL pass, on PostgreSQL.
     */
    @Test
    void two_application_contexts_on_one_database_deliver_one_outbox_without_a_duplicate() throws Exception {
        String tag = "nodes-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> recipients = queue(120, tag);
        try (AnnotationConfigApplicationContext secondNode = secondNode()) {
            OutboxDelivery other = secondNode.getBean(OutboxDelivery.class);
            assertThat(secondNode.getBean(DataSource.class)).isNotSameAs(context.getBean(DataSource.class));
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> first = nodes.submit(() -> {
                    start.await();
                    return delivery.deliverDue();
                });
                Future<Integer> second = nodes.submit(() -> {
                    start.await();
                    return other.deliverDue();
                });
                start.countDown();
                int byFirst = first.get();
                int bySecond = second.get();
                assertThat(byFirst + bySecond).isEqualTo(120);
                if (environment.getRequiredProperty("spring.datasource.url").startsWith("jdbc:postgresql:")) {
                    // H2 may make a worker wait for the other's locks; PostgreSQL skips them, so both deliver.
                    assertThat(bySecond).as("the second node delivered its share").isPositive();
                    assertThat(byFirst).as("the first node delivered its share").isPositive();
                }
            } finally {
                nodes.shutdownNow();
            }
        }
        List<MimeMessage> received = Arrays.stream(mail.getReceivedMessages())
                .filter(m -> MailServer.recipient(m).startsWith(tag)).toList();
        Map<String, Long> perMessageId = received.stream().collect(Collectors.groupingBy(OutboxDeliveryTest::messageId,
                Collectors.counting()));
        assertThat(perMessageId).hasSize(120);
        assertThat(perMessageId.values()).allMatch(n -> n == 1);
        assertThat(received.stream().map(MailServer::recipient).toList()).containsExactlyInAnyOrderElementsOf(recipients);
    }

    private AnnotationConfigApplicationContext secondNode() {
        AnnotationConfigApplicationContext node = new AnnotationConfigApplicationContext();
        node.getEnvironment().getPropertySources().addFirst(new MapPropertySource("second-node",
                Map.of("skillsplan.outbox.scheduled", "false", "skillsplan.outbox.batch-size", "10")));
        node.registerBean(DataSource.class, () -> {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(environment.getRequiredProperty("spring.datasource.url"));
            pool.setUsername(environment.getProperty("spring.datasource.username"));
            pool.setPassword(environment.getProperty("spring.datasource.password"));
            pool.setMaximumPoolSize(2);
            pool.setPoolName("second-node");
            return pool;
        });
        node.registerBean(JdbcClient.class, () -> JdbcClient.create(node.getBean(DataSource.class)));
        node.registerBean(PlatformTransactionManager.class,
                () -> new DataSourceTransactionManager(node.getBean(DataSource.class)));
        node.registerBean(Clock.class, () -> clock);
        node.registerBean(JavaMailSender.class, () -> {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(mail.getSmtp().getPort());
            return sender;
        });
        node.register(OutboxStore.class, OutboxDelivery.class);
        node.refresh();
        return node;
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
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
