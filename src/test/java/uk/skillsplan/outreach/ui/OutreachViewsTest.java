package uk.skillsplan.outreach.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.skillsplan.directory.ContactService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.outreach.InvitationService;
import uk.skillsplan.outreach.InviteFilter;
import uk.skillsplan.outreach.ReminderService;
import uk.skillsplan.security.LinkCheck;
import uk.skillsplan.security.LinkRequest;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.SignInLinks;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.KaribuTest;
import uk.skillsplan.testing.SurveyTestData;

/** The outreach pages: the ERB lead's outreach and outbox, and the public link, link-problem and opt-out pages. */
class OutreachViewsTest extends KaribuTest {

    @Autowired ContactService contacts;
    @Autowired InvitationService invitations;
    @Autowired ReminderService reminders;
    @Autowired SignInLinks links;

    private SurveyTestData data;
    private SurveyRoundSummary round;
    private OrganisationSummary firm;
    private String email;

    @BeforeEach
    void aRoundWithAContact() {
        data = new SurveyTestData(applicationContext);
        round = data.openEmployerRound("Outreach page");
        firm = data.newEmployer("Outreach page firm", SurveyTestData.LEEDS, "K", SizeBand.MICRO);
        email = SurveyTestData.unique("page").replace(' ', '-') + "@example.org";
        data.as("erb", () -> contacts.add(firm.id(), "Robin Page", email, "test"));
    }

    @Test
    void the_erb_lead_invites_one_cell_and_sees_it_counted() {
        login("erb");
        navigate("outreach/" + round.id());
        OutreachView view = _get(OutreachView.class);

        _setValue(view.sector, view.sector.getListDataView().getItems().filter(s -> s.code().equals("K")).findFirst()
                .orElseThrow());
        _setValue(view.size, SizeBand.MICRO);
        int expected = data.as("erb", () -> invitations.countToInvite(round.id(), new InviteFilter("K", "micro", null)));
        assertThat(expected).isPositive();
        assertThat(view.reach.getText()).startsWith(expected + " contacts would be invited");
        _click(view.invite);

        assertThat(view.reach.getText()).startsWith("0 contacts would be invited");
        assertThat(view.shownCells()).filteredOn(c -> c.sicSection().equals("K") && c.sizeBand().equals("micro"))
                .singleElement().satisfies(c -> assertThat(c.invited()).isGreaterThanOrEqualTo(1));
    }

    @Test
    void a_reminder_without_wording_is_refused_next_to_the_field_and_a_good_one_is_listed() {
        login("erb");
        navigate("outreach/" + round.id());
        OutreachView view = _get(OutreachView.class);

        _setValue(view.sendOn, data.today().plusDays(2));
        _click(view.schedule);
        assertThat(view.wording.isInvalid()).isTrue();
        assertThat(view.wording.getErrorMessage()).isEqualTo("Write what the reminder says.");

        _setValue(view.wording, "Two weeks left to tell us what skills you need.");
        _click(view.schedule);
        assertThat(view.wording.isInvalid()).isFalse();
        assertThat(_size(view.reminders)).isOne();
        assertThat(_getFormattedRow(view.reminders, 0)).contains("Not submitted", "Scheduled");
    }

    @Test
    void without_a_round_the_outreach_page_asks_to_choose_one() {
        login("erb");
        navigate("outreach");

        assertThat(_get(H1.class).getText()).isEqualTo("Outreach");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Choose a survey round"));
    }

    @Test
    void the_administrator_reads_a_queued_invitation_on_the_outbox_page_and_the_erb_lead_sees_it_without_the_text() {
        data.as("erb", () -> invitations.invite(round.id(), new InviteFilter("K", "micro", null)));
        login("admin");
        navigate("outbox");
        OutboxView view = _get(OutboxView.class);
        _setValue(view.recipient, email);

        assertThat(_size(view.grid)).isOne();
        view.grid.select(view.grid.getGenericDataView().getItem(0));
        assertThat(view.body.getText()).contains("Robin Page", "/link/", "/opt-out/");

        tearDownAndLogin("erb");
        navigate("outbox");
        OutboxView erbView = _get(OutboxView.class);
        _setValue(erbView.recipient, email);
        erbView.grid.select(erbView.grid.getGenericDataView().getItem(0));
        assertThat(erbView.body.getText()).doesNotContain("/link/");
    }

    @Test
    void a_valid_link_shows_a_continue_button_that_posts_the_token_and_counts_as_opened() {
        String token = data.as("erb", () -> links.issue(new LinkRequest(email, "Robin Page", firm.id(), Role.EMPLOYER,
                "test:1", "/answer/" + round.id(), java.time.Duration.ofDays(1))));
        navigate("link/" + token);

        assertThat(_get(H1.class).getText()).isEqualTo("Answer your organisation's skills survey");
        NativeButton go = _get(NativeButton.class);
        assertThat(go.getText()).isEqualTo(LinkView.CONTINUE);
        PostForm form = _get(PostForm.class);
        assertThat(form.getElement().getAttribute("action")).isEqualTo("login/ott");
        assertThat(form.getElement().getAttribute("method")).isEqualTo("post");
        assertThat(form.getChildren().map(c -> c.getElement().getProperty("value"))).contains(token);
        assertThat(links.check(token).state()).as("looking does not use it").isEqualTo(LinkCheck.State.VALID);
    }

    @Test
    void a_forged_link_says_so_and_offers_a_new_link_with_the_same_answer_for_any_address() {
        navigate("link/forged-token-that-we-never-sent");

        assertThat(_get(H1.class).getText()).isEqualTo("This link cannot be used");
        _setValue(_get(EmailField.class), "nobody-" + System.nanoTime() + "@example.org");
        _click(_get(Button.class, spec -> spec.withText("Send me a new link")));
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).contains(NewLinkForm.SENT);
    }

    @Test
    void the_link_problem_page_asks_for_an_address_before_sending() {
        navigate("link-problem");

        _click(_get(Button.class, spec -> spec.withText("Send me a new link")));
        assertThat(_get(EmailField.class).isInvalid()).isTrue();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Website (leave empty)")).getElement()
                .getAttribute("aria-hidden")).isEqualTo("true");
    }

    @Test
    void the_opt_out_page_stops_e_mails_only_when_its_button_is_pressed() {
        navigate("opt-out/not-a-real-token");
        _click(_get(Button.class, spec -> spec.withText("Stop e-mails to me")));
        assertThat(_get(OptOutView.class).outcome.getText()).isEqualTo(OptOutView.UNKNOWN);
    }

    @Test
    void the_answer_page_starts_the_organisations_response_and_opens_it() {
        String username = data.newAccount(Role.EMPLOYER, firm.id(), "Robin Page");
        login(username);
        navigate("answer/" + round.id());

        assertThat(NavigatorKt.getCurrentPath()).startsWith("response/");
    }

    @Test
    void the_join_page_shows_errors_next_to_the_fields_and_thanks_a_complete_request() {
        navigate("join/" + round.id());
        JoinView view = _get(JoinView.class);
        assertThat(_get(H1.class).getText()).isEqualTo("Take part: " + round.title());

        _click(view.send);
        assertThat(view.name.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).startsWith("Enter your work e-mail address");

        _setValue(view.name, "Karibu Cafe");
        _setValue(view.localAuthority, view.localAuthority.getListDataView().getItems()
                .filter(la -> la.ladCode().equals(SurveyTestData.LEEDS)).findFirst().orElseThrow());
        _setValue(view.sector, view.sector.getListDataView().getItems().filter(s -> s.code().equals("I")).findFirst()
                .orElseThrow());
        _setValue(view.size, SizeBand.MICRO);
        _setValue(view.contactName, "Kim");
        _setValue(view.email, "kim-" + System.nanoTime() + "@example.org");
        _click(view.send);

        assertThat(view.name.isInvalid()).isFalse();
        assertThat(view.outcome.getText()).startsWith("Thank you. We have sent a link to kim-");
    }

    @Test
    void the_join_page_of_a_closed_or_unknown_round_says_it_is_not_open() {
        navigate("join/999999999");
        assertThat(_get(H1.class).getText()).isEqualTo("This survey is not open");
    }

    @Test
    void an_unusable_verification_link_says_so() {
        navigate("join/verify/not-a-token");
        assertThat(_get(H1.class).getText()).isEqualTo("This link cannot be used");
    }

    private void tearDownAndLogin(String username) {
        uk.skillsplan.testing.SignIn.out();
        login(username);
    }
}
