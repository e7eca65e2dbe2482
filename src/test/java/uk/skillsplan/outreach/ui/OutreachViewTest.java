package uk.skillsplan.outreach.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.outreach.InviteFilter;

/** The ERB lead's outreach page of a round: inviting a cell, reminders, and the page without a round. */
class OutreachViewTest extends OutreachPages {

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
    void an_invitation_refused_for_good_by_the_recipients_mail_server_is_shown_per_contact() throws Exception {
        String bouncing = "bounce-" + email;
        data.as("erb", () -> contacts.add(firm.id(), "Bo Unce", bouncing, "test"));
        data.as("erb", () -> invitations.invite(round.id(), new InviteFilter("K", "micro", null)));
        try (uk.skillsplan.outreach.RefusingMailServer server = new uk.skillsplan.outreach.RefusingMailServer("bounce-",
                "550 5.1.1 No such mailbox")) {
            server.connect(applicationContext);
            applicationContext.getBean(uk.skillsplan.outreach.outbox.OutboxDelivery.class).deliverDue();
        } finally {
            applicationContext.getBean(org.springframework.mail.javamail.JavaMailSenderImpl.class).setPort(1);
        }
        login("erb");
        navigate("outreach/" + round.id());
        OutreachView view = _get(OutreachView.class);

        assertThat(view.undelivered.getListDataView().getItems()).filteredOn(u -> u.email().equals(bouncing))
                .singleElement().satisfies(u -> {
                    assertThat(u.status()).isEqualTo(uk.skillsplan.outreach.OutboxMessage.Status.BOUNCED);
                    assertThat(u.reason()).contains("550");
                    assertThat(u.organisationName()).isEqualTo(firm.name());
                });
        assertThat(view.undelivered.getListDataView().getItems()).noneMatch(u -> u.email().equals(email));
    }

    @Test
    void without_a_round_the_outreach_page_asks_to_choose_one() {
        login("erb");
        navigate("outreach");

        assertThat(_get(H1.class).getText()).isEqualTo("Outreach");
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("Choose a survey round"));
    }
}
