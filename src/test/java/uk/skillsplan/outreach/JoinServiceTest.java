package uk.skillsplan.outreach;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.outreach.invitation.RequestCounter;
import uk.skillsplan.outreach.outbox.OutboxDelivery;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

/** Joining a round without an invitation: verification by e-mail, then a new organisation and a personal link. */
class JoinServiceTest extends ServiceTest {

    private static final Pattern VERIFY = Pattern.compile("/join/verify/([A-Za-z0-9_-]{20,})");

    @RegisterExtension
    static GreenMailExtension mail = MailServer.extension();

    @Autowired ApplicationContext context;
    @Autowired PublicRequests requests;
    @Autowired JoinService joins;
    @Autowired InvitationService invitations;
    @Autowired OutboxDelivery delivery;
    @Autowired OneTimeTokenService tokens;
    @Autowired OrganisationService organisations;
    @Autowired RequestCounter counter;

    private SurveyTestData data;
    private SurveyRoundSummary round;

    @BeforeEach
    void openARound() {
        MailServer.connect(context, mail);
        data = new SurveyTestData(context);
        round = data.openEmployerRound("Join");
    }

    private static String address(String name) {
        return SurveyTestData.unique(name).replace(' ', '-').toLowerCase() + "@example.org";
    }

    private static JoinDetails details(String name, String email) {
        return new JoinDetails(name, SurveyTestData.LEEDS, "I", "micro", null, "Kim Joiner", email);
    }

    private String verificationToken(String email) {
        delivery.deliverDue();
        List<MimeMessage> received = MailServer.to(mail, email);
        assertThat(received).hasSize(1);
        Matcher matcher = VERIFY.matcher(MailServer.body(received.get(0)));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void a_business_joins_by_verifying_its_e_mail_and_is_signed_in_to_its_new_organisation() {
        String email = address("joiner");
        String name = SurveyTestData.unique("Joining cafe");
        requests.join(round.id(), details(name, email), "");
        String token = verificationToken(email);
        assertThat(joins.canVerify(token)).isTrue();

        String link = joins.verify(token).orElseThrow();

        assertThat(joins.verify(token)).as("a verification link works once").isEmpty();
        String username = tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated(link)).getUsername();
        OrganisationSummary mine = data.organisationOf(username);
        assertThat(mine.name()).isEqualTo(name);
        assertThat(mine.lsipCode()).isEqualTo(round.lsipCode());
        assertThat(data.as("erb", () -> joins.joined(round.id()))).extracting(JoinedOrganisation::organisationId)
                .contains(mine.id());
    }

    @Test
    void joining_with_an_existing_employers_name_makes_a_new_organisation_marked_as_a_possible_duplicate() {
        OrganisationSummary existing = data.newEmployer("Known joiner", SurveyTestData.LEEDS, "I", SizeBand.MICRO);
        String email = address("impostor");
        requests.join(round.id(), details(existing.name().toLowerCase(), email), "");
        String link = joins.verify(verificationToken(email)).orElseThrow();

        String username = tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated(link)).getUsername();
        assertThat(data.organisationOf(username).id()).as("never the existing organisation").isNotEqualTo(existing.id());
        assertThat(data.as("erb", () -> joins.joined(round.id()))).filteredOn(j -> j.email().equals(email))
                .singleElement().satisfies(j -> assertThat(j.possibleDuplicateOf()).isEqualTo(existing.id()));
    }

    @Test
    void wrong_details_are_refused_by_field_and_nothing_is_sent() {
        String email = "not-an-address";
        assertThatThrownBy(() -> requests.join(round.id(), new JoinDetails(" ", "E08000003", "?", "huge", "123",
                "", email), "")).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors())
                .containsOnlyKeys("name", "ladCode", "sicSection", "sizeBand", "companiesHouseNumber", "contactName",
                        "email"));
        data.dayAfterClosing(round);
        assertThatThrownBy(() -> requests.join(round.id(), details("Late", address("late")), ""))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void a_filled_honeypot_is_dropped_silently_and_an_expired_verification_link_is_refused() {
        String robot = address("robot");
        requests.join(round.id(), details("Robot Ltd", robot), "http://spam.example");
        String email = address("late-joiner");
        requests.join(round.id(), details("Late Joiner Ltd", email), "");
        String token = verificationToken(email);
        assertThat(MailServer.to(mail, robot)).isEmpty();

        clock.advance(Duration.ofHours(25));

        assertThat(joins.canVerify(token)).isFalse();
        assertThat(joins.verify(token)).isEmpty();
    }

    @Test
    void a_flood_from_one_address_is_slowed_for_the_window_and_let_through_again_after_it() {
        clock.advance(Duration.ofDays(400)); // a window of its own
        PublicRequests limited = new PublicRequests(counter, invitations, joins, clock, 3, 1000);
        for (int i = 0; i < 3; i++) {
            limited.sendNewLink(address("flood"), "");
        }
        assertThatThrownBy(() -> limited.sendNewLink(address("flood"), ""))
                .isInstanceOf(PublicRequestRefused.class).hasMessageContaining("wait ten minutes");

        clock.advance(Duration.ofMinutes(10));
        limited.sendNewLink(address("flood"), "");
    }
}
