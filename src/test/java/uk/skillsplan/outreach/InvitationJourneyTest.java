package uk.skillsplan.outreach;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.skillsplan.directory.ContactService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.outreach.outbox.OutboxDelivery;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.Axe;
import uk.skillsplan.testing.BrowserTest;
import uk.skillsplan.testing.SurveyTestData;

/**
 * The invitation journey in a real browser, with the e-mails delivered to a real SMTP server
 * (GreenMail): the ERB lead invites from the Outreach page, the invitation's link signs the contact in
 * and lands on their organisation's response, a used link says so, a reminder's link works the same
 * way, and the opt-out page stops e-mails; a business that joined sets a password after its link and
 * signs in with it. Every page gets an axe scan.
 */
class InvitationJourneyTest extends BrowserTest {

    private static final String DEMO_PASSWORD = "Skills-Demo-2026";
    private static final Pattern RESPONSE_URL = Pattern.compile(".*/response/\\d+$");

    @RegisterExtension
    static GreenMailExtension mail = MailServer.extension();

    @Autowired ApplicationContext applicationContext;
    @Autowired ContactService contacts;
    @Autowired OutboxDelivery delivery;
    @Autowired ReminderService reminders;

    @Test
    void an_invited_employer_follows_the_e_mailed_link_to_their_response_and_a_reminder_link_works_too() {
        MailServer.connect(applicationContext, mail);
        SurveyTestData data = new SurveyTestData(applicationContext);
        SurveyRoundSummary round = data.openEmployerRound("Invitation journey");
        OrganisationSummary firm = data.newEmployer("Journey firm", SurveyTestData.LEEDS, "N", SizeBand.SMALL);
        String email = SurveyTestData.unique("journey").replace(' ', '-') + "@example.org";
        data.as("erb", () -> contacts.add(firm.id(), "Jo Journey", email, "test"));

        open("/login");
        signIn("erb", DEMO_PASSWORD);
        open("/outreach/" + round.id());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Invite"))).isVisible();
        Axe.assertNoSeriousViolations(page, "outreach page");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send invitations")).click();
        assertThat(page.getByText(Pattern.compile("Invited \\d+ contacts"))).isVisible();

        delivery.deliverDue();
        List<MimeMessage> invitation = MailServer.to(mail, email);
        assertThat(invitation).hasSize(1);
        String token = MailServer.linkToken(invitation.get(0));

        restartBrowser();
        open("/link/" + token);
        assertThat(page).hasTitle("Your personal link | SkillsPlan");
        Axe.assertNoSeriousViolations(page, "personal link page");
        followContinue();
        assertThat(page).hasURL(RESPONSE_URL);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Employer");
        String response = page.url();

        restartBrowser();
        open("/link/" + token);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("This link has been used already"))).isVisible();
        Axe.assertNoSeriousViolations(page, "used link page");

        data.as("erb", () -> {
            reminders.schedule(round.id(), data.today(), "Only a few days left.", false);
            return reminders.sendDue();
        });
        delivery.deliverDue();
        List<MimeMessage> received = MailServer.to(mail, email);
        assertThat(received).hasSize(2);
        String reminderToken = MailServer.linkToken(received.get(1));
        restartBrowser();
        open("/link/" + reminderToken);
        followContinue();
        assertThat(page).hasURL(response);

        restartBrowser();
        open("/opt-out/" + MailServer.optOutToken(received.get(1)));
        Axe.assertNoSeriousViolations(page, "opt-out page");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stop e-mails to me")).click();
        assertThat(page.getByText("Done: you will receive no more e-mails")).isVisible();

        open("/link/forged-" + token.substring(10));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("This link cannot be used"))).isVisible();
        Axe.assertNoSeriousViolations(page, "forged link page");
    }

    @Test
    void a_business_joins_from_the_public_page_verifies_its_e_mail_and_lands_on_its_response() {
        MailServer.connect(applicationContext, mail);
        SurveyTestData data = new SurveyTestData(applicationContext);
        SurveyRoundSummary round = data.openEmployerRound("Join journey");
        String email = SurveyTestData.unique("joiner").replace(' ', '-') + "@example.org";

        open("/join/" + round.id());
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                .hasText("Take part: " + round.title());
        Axe.assertNoSeriousViolations(page, "join page");
        page.getByLabel("Business name").fill("Journey Joiners");
        choose("Council area of your site", "Leeds");
        choose("What your business mainly does", "I - ");
        choose("How many people work at your site", "Micro (0 to 9)");
        page.getByLabel("Your name").fill("Kim Joiner");
        page.getByLabel("Your work e-mail address").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Send me a link")).click();
        assertThat(page.getByText("Thank you. We have sent a link to " + email)).isVisible();

        delivery.deliverDue();
        List<MimeMessage> received = MailServer.to(mail, email);
        assertThat(received).hasSize(1);
        java.util.regex.Matcher verify = Pattern.compile("/join/verify/([A-Za-z0-9_-]{20,})")
                .matcher(MailServer.body(received.get(0)));
        assertThat(verify.find()).isTrue();

        restartBrowser();
        open("/join/verify/" + verify.group(1));
        Axe.assertNoSeriousViolations(page, "join verification page");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm and start the survey")).click();
        assertThat(page).hasTitle("Your personal link | SkillsPlan");
        waitForVaadin();
        followContinue();
        assertThat(page).hasURL(RESPONSE_URL);
        assertThat(page.getByText("Journey Joiners").first()).isVisible();

        // Signed in by a link, without a password: they set one and then sign in with it.
        open("/account/password");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Set a password"))).isVisible();
        Axe.assertNoSeriousViolations(page, "set a password page");
        page.getByLabel("New password", new Page.GetByLabelOptions().setExact(true)).fill("Journey-Lantern-84");
        page.getByLabel("New password again", new Page.GetByLabelOptions().setExact(true)).fill("Journey-Lantern-84");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Set password")).click();
        assertThat(page.getByText("Your password is set")).isVisible();
        restartBrowser();
        signIn(email.toLowerCase(java.util.Locale.ROOT), "Journey-Lantern-84");
        assertThat(page).not().hasURL(Pattern.compile(".*/login.*"));
    }

    private void choose(String label, String optionStart) {
        page.getByLabel(label).click();
        page.locator("vaadin-select-item", new Page.LocatorOptions().setHasText(optionStart)).first().click();
    }

    private void followContinue() {
        page.waitForResponse(r -> r.request().isNavigationRequest() && "GET".equals(r.request().method())
                        && r.url().contains("/answer/"),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Continue to the survey"))
                        .click());
        page.waitForLoadState();
        waitForVaadin();
    }
}
