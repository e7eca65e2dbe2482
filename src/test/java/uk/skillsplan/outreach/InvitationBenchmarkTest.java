package uk.skillsplan.outreach;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.outreach.outbox.OutboxDelivery;
import uk.skillsplan.security.SystemAuthentication;
import uk.skillsplan.survey.EmployerQuestions;
import uk.skillsplan.survey.NewRound;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.Benchmarks;
import uk.skillsplan.testing.ServiceTest;

/**
 * Queuing and delivering 10,000 invitations (docs/benchmarks.md): an area's round with 10,000 employers
 * that each have a contact; one ERB action invites them all (invitations, personal links and outbox
 * rows in one transaction), then four delivery workers at once send the outbox to a real SMTP server in
 * this JVM (GreenMail). Checks that every contact received exactly one message and that every outbox
 * row of the area is marked sent. Size from {@code -Dskillsplan.benchmark.invitations}.
 */
@Tag("benchmark")
class InvitationBenchmarkTest extends ServiceTest {

    /** Buckinghamshire: no demo data there. */
    private static final String AREA = "E69000002";
    private static final String LAD = "E06000060";
    private static final int INVITATIONS = Integer.getInteger("skillsplan.benchmark.invitations", 10_000);
    private static final int WORKERS = Integer.getInteger("skillsplan.benchmark.delivery-workers", 4);

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired ApplicationContext context;
    @Autowired InvitationService invitations;
    @Autowired OutboxDelivery delivery;
    @Autowired SurveyRoundService rounds;
    @Autowired QuestionnaireService questionnaires;
    @Autowired JdbcClient jdbc;

    @Test
    void queues_and_delivers_ten_thousand_invitations_each_exactly_once() throws Exception {
        MailServer.connect(context, mail);
        String tag = "bench-" + UUID.randomUUID().toString().substring(0, 6);
        long started = System.nanoTime();
        for (int i = 0; i < INVITATIONS; i++) {
            long id = jdbc.sql("select nextval('entity_seq')").query(Long.class).single();
            jdbc.sql("insert into organisation (id, version, kind, name, lad_code, sic_section, size_band, active, "
                            + "created_at) values (?, 0, 'EMPLOYER', ?, ?, 'C', 'micro', true, current_timestamp)")
                    .params(id, tag + " employer " + i, LAD).update();
            jdbc.sql("insert into organisation_contact (organisation_id, name, email, consent, created_at) "
                            + "values (?, ?, ?, 'benchmark', current_timestamp)")
                    .params(id, "Contact " + i, tag + "-" + i + "@example.org").update();
        }
        Benchmarks.report("outreach setup: %d employers with a contact in %.1f s", INVITATIONS,
                (System.nanoTime() - started) / 1e9);

        SurveyRoundSummary round = SystemAuthentication.runAsSystem(() -> {
            long version = questionnaires.versions().stream().filter(v -> v.code().equals(EmployerQuestions.QUESTIONNAIRE))
                    .findFirst().orElseThrow().id();
            LocalDate today = rounds.today();
            return rounds.openInArea(AREA, new NewRound("Benchmark " + tag, version, Set.of(OrganisationKind.EMPLOYER),
                    today, today.plusDays(30)));
        });

        long queueStart = System.nanoTime();
        int invited = SystemAuthentication.runAsSystem(() -> invitations.invite(round.id(), InviteFilter.EVERYONE));
        double queueSeconds = (System.nanoTime() - queueStart) / 1e9;
        assertThat(invited).isEqualTo(INVITATIONS);
        Benchmarks.report("outreach: queued %d invitations (links and outbox rows, one transaction) in %.1f s (%.0f/s)",
                invited, queueSeconds, invited / queueSeconds);

        long deliverStart = System.nanoTime();
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        int sent = 0;
        try {
            List<Callable<Integer>> jobs = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++) {
                jobs.add(delivery::deliverDue);
            }
            for (Future<Integer> result : workers.invokeAll(jobs)) {
                sent += result.get();
            }
        } finally {
            workers.shutdownNow();
        }
        double deliverSeconds = (System.nanoTime() - deliverStart) / 1e9;

        Map<String, Long> perRecipient = Arrays.stream(mail.getReceivedMessages()).map(MailServer::recipient)
                .filter(r -> r.startsWith(tag)).collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        long twice = perRecipient.values().stream().filter(n -> n > 1).count();
        int unsent = jdbc.sql("select count(*) from outbox_message where lsip_code = ? and status <> 'SENT'")
                .param(AREA).query(Integer.class).single();
        Benchmarks.report("outreach: delivered %d by SMTP with %d workers in %.1f s (%.0f/s); received by %d distinct "
                        + "recipients, %d received more than one, %d outbox rows of the area not sent",
                sent, WORKERS, deliverSeconds, sent / deliverSeconds, perRecipient.size(), twice, unsent);
        assertThat(perRecipient).hasSize(INVITATIONS);
        assertThat(twice).isZero();
        assertThat(unsent).isZero();
    }
}
