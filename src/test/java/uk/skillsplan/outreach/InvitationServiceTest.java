package uk.skillsplan.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.ott.InvalidOneTimeTokenException;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.Contact;
import uk.skillsplan.directory.ContactService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.outreach.outbox.OutboxDelivery;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.security.LinkCheck;
import uk.skillsplan.security.SignInLinks;
import uk.skillsplan.security.UserAccountService;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

class InvitationServiceTest extends ServiceTest {

    @RegisterExtension
    static GreenMailExtension mail = MailServer.extension();

    @Autowired ApplicationContext context;
    @Autowired InvitationService invitations;
    @Autowired ReminderService reminders;
    @Autowired ContactService contacts;
    @Autowired OutboxDelivery delivery;
    @Autowired SignInLinks links;
    @Autowired OneTimeTokenService tokens;
    @Autowired ResponseService responses;

    private SurveyTestData data;
    private SurveyRoundSummary round;

    @BeforeEach
    void openARound() {
        MailServer.connect(context, mail);
        data = new SurveyTestData(context);
        round = data.openEmployerRound("Outreach");
    }

    private Contact contactOf(OrganisationSummary organisation, String email) {
        return data.as("erb", () -> contacts.add(organisation.id(), "Pat Example", email, "test"));
    }

    private static String address(String name) {
        return SurveyTestData.unique(name).replace(' ', '-').toLowerCase() + "@example.org";
    }

    @Test
    void an_invitation_arrives_by_smtp_with_a_personal_link_that_works_once() {
        OrganisationSummary firm = data.newEmployer("Invited firm", SurveyTestData.LEEDS, "F", SizeBand.MICRO);
        String email = address("invited");
        contactOf(firm, email);

        int invited = data.as("erb", () -> invitations.invite(round.id(), new InviteFilter("F", "micro", null)));
        delivery.deliverDue();

        assertThat(invited).isPositive();
        List<MimeMessage> received = MailServer.to(mail, email);
        assertThat(received).hasSize(1);
        assertThat(MailServer.body(received.get(0))).contains(firm.name(), round.title(), "/opt-out/");
        String token = MailServer.linkToken(received.get(0));
        assertThat(links.check(token).state()).isEqualTo(LinkCheck.State.VALID);
        String username = tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated(token)).getUsername();
        assertThat(username).isEqualTo(email);
        assertThat(data.as(username, () -> data.organisationOf(username)).id()).isEqualTo(firm.id());
        assertThat(links.check(token).state()).isEqualTo(LinkCheck.State.USED);
        assertThatThrownBy(() -> tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated(token)))
                .isInstanceOf(InvalidOneTimeTokenException.class);
    }

    @Test
    void a_link_expires_and_a_forged_one_is_unknown() {
        OrganisationSummary firm = data.newEmployer("Slow firm", SurveyTestData.LEEDS, "F", SizeBand.SMALL);
        String email = address("slow");
        contactOf(firm, email);
        data.as("erb", () -> invitations.invite(round.id(), new InviteFilter("F", "small", null)));
        delivery.deliverDue();
        String token = MailServer.linkToken(MailServer.to(mail, email).get(0));

        clock.advance(Duration.ofDays(15));

        assertThat(links.check(token).state()).isEqualTo(LinkCheck.State.EXPIRED);
        assertThatThrownBy(() -> tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated(token)))
                .isInstanceOf(InvalidOneTimeTokenException.class);
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("AA") ? "BB" : "AA");
        assertThat(links.check(forged).state()).isEqualTo(LinkCheck.State.UNKNOWN);
        assertThatThrownBy(() -> tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated(forged)))
                .isInstanceOf(InvalidOneTimeTokenException.class);
    }

    @Test
    void a_contact_is_invited_once_per_round_and_never_after_opting_out() {
        OrganisationSummary firm = data.newEmployer("Once firm", SurveyTestData.BRADFORD, "I", SizeBand.MICRO);
        String email = address("once");
        contactOf(firm, email);
        InviteFilter cell = new InviteFilter("I", "micro", SurveyTestData.BRADFORD);
        data.as("erb", () -> invitations.invite(round.id(), cell));

        assertThat(data.as("erb", () -> invitations.countToInvite(round.id(), cell))).isZero();
        delivery.deliverDue();
        String optOut = MailServer.optOutToken(MailServer.to(mail, email).get(0));
        assertThat(invitations.optOut(optOut)).isTrue();
        assertThat(invitations.optOut("not-a-token")).isFalse();

        SurveyRoundSummary next = data.openEmployerRound("Outreach next");
        assertThat(data.as("erb", () -> invitations.countToInvite(next.id(), cell))).isZero();
    }

    @Test
    void a_reminder_goes_to_those_who_have_not_submitted_and_not_to_those_who_opted_out() throws Exception {
        OrganisationSummary silent = data.newEmployer("Silent firm", SurveyTestData.LEEDS, "R", SizeBand.MEDIUM);
        OrganisationSummary leaving = data.newEmployer("Leaving firm", SurveyTestData.LEEDS, "R", SizeBand.MEDIUM);
        OrganisationSummary done = data.newEmployer("Done firm", SurveyTestData.LEEDS, "R", SizeBand.MEDIUM);
        String silentMail = address("silent");
        String leavingMail = address("leaving");
        String doneMail = address("done");
        contactOf(silent, silentMail);
        contactOf(leaving, leavingMail);
        contactOf(done, doneMail);
        InviteFilter cell = new InviteFilter("R", "medium", SurveyTestData.LEEDS);
        data.as("erb", () -> invitations.invite(round.id(), cell));
        delivery.deliverDue();
        assertThat(invitations.optOut(MailServer.optOutToken(MailServer.to(mail, leavingMail).get(0)))).isTrue();
        data.as("erb", () -> {
            long id = responses.startOnBehalf(round.id(), done.id()).id();
            data.complete(id, 5);
            return responses.submit(id);
        });

        data.as("erb", () -> {
            reminders.schedule(round.id(), data.today().plusDays(3), "We would still like to hear from you.", false);
            return null;
        });
        assertThat(data.as("erb", () -> reminders.sendDue())).as("not due before its day").isZero();
        clock.setDate(data.today().plusDays(3));
        data.as("erb", () -> reminders.sendDue());
        delivery.deliverDue();

        assertThat(MailServer.to(mail, silentMail)).hasSize(2);
        MimeMessage reminder = MailServer.to(mail, silentMail).get(1);
        assertThat(MailServer.body(reminder)).contains("We would still like to hear from you.", "/opt-out/");
        assertThat(reminder.getSubject()).startsWith("Reminder: ");
        assertThat(MailServer.to(mail, leavingMail)).as("opted out").hasSize(1);
        assertThat(MailServer.to(mail, doneMail)).as("submitted").hasSize(1);
        assertThat(data.as("erb", () -> reminders.ofRound(round.id()))).singleElement()
                .satisfies(r -> assertThat(r.sentCount()).isEqualTo(1));
        assertThat(data.as("erb", () -> reminders.sendDue())).as("sent once").isZero();
    }

    @Test
    void the_counts_per_cell_show_invited_opened_started_submitted_and_opted_out() {
        OrganisationSummary a = data.newEmployer("Cell a", SurveyTestData.LEEDS, "S", SizeBand.LARGE);
        OrganisationSummary b = data.newEmployer("Cell b", SurveyTestData.LEEDS, "S", SizeBand.LARGE);
        String aMail = address("cell-a");
        contactOf(a, aMail);
        String bMail = address("cell-b");
        contactOf(b, bMail);
        data.as("erb", () -> invitations.invite(round.id(), new InviteFilter("S", "large", null)));
        delivery.deliverDue();
        String token = MailServer.linkToken(MailServer.to(mail, aMail).get(0));
        invitations.linkOpened(links.check(token));
        String username = tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated(token)).getUsername();
        data.as(username, () -> responses.startOrResume(round.id()));
        invitations.optOut(MailServer.optOutToken(MailServer.to(mail, bMail).get(0)));

        OutreachCell cell = data.as("erb", () -> invitations.cells(round.id())).stream()
                .filter(c -> c.sicSection().equals("S") && c.sizeBand().equals("large")).findFirst().orElseThrow();

        assertThat(cell.invited()).isGreaterThanOrEqualTo(2);
        assertThat(cell.opened()).isGreaterThanOrEqualTo(1);
        assertThat(cell.started()).isGreaterThanOrEqualTo(1);
        assertThat(cell.optedOut()).isGreaterThanOrEqualTo(1);
        assertThat(cell.audience()).isGreaterThanOrEqualTo(cell.invited());
    }

    @Test
    void a_new_link_goes_only_to_an_invited_address() {
        OrganisationSummary firm = data.newEmployer("Relink firm", SurveyTestData.LEEDS, "P", SizeBand.MICRO);
        String email = address("relink");
        contactOf(firm, email);
        data.as("erb", () -> invitations.invite(round.id(), new InviteFilter("P", "micro", null)));
        invitations.sendNewLink(email.toUpperCase());
        invitations.sendNewLink(address("stranger"));
        delivery.deliverDue();

        List<MimeMessage> received = MailServer.to(mail, email);
        assertThat(received).hasSize(2);
        assertThat(MailServer.linkToken(received.get(0))).isNotEqualTo(MailServer.linkToken(received.get(1)));
        assertThat(mail.getReceivedMessages()).allMatch(m -> MailServer.recipient(m).equals(email));
    }

    @Test
    void an_erb_lead_invites_only_to_their_own_areas_rounds_and_only_while_open() {
        assertThatThrownBy(() -> data.as("erb.gm", () -> invitations.invite(round.id(), InviteFilter.EVERYONE)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> data.as("employer", () -> invitations.invite(round.id(), InviteFilter.EVERYONE)))
                .isInstanceOf(AccessDeniedException.class);
        data.dayAfterClosing(round);
        assertThatThrownBy(() -> data.as("erb", () -> invitations.invite(round.id(), InviteFilter.EVERYONE)))
                .isInstanceOf(ValidationException.class);
    }
}
