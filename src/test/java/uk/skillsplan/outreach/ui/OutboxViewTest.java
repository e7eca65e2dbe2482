package uk.skillsplan.outreach.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.skillsplan.outreach.InviteFilter;

/** The outbox page: administrators read messages, ERB leads see their area's without the text. */
class OutboxViewTest extends OutreachPages {

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
    void the_erb_lead_records_a_bounce_report_that_came_after_a_message_was_sent() throws Exception {
        data.as("erb", () -> invitations.invite(round.id(), new InviteFilter("K", "micro", null)));
        try (uk.skillsplan.outreach.RefusingMailServer server = new uk.skillsplan.outreach.RefusingMailServer(
                "nobody-is-refused-", "550 never")) {
            server.connect(applicationContext);
            applicationContext.getBean(uk.skillsplan.outreach.outbox.OutboxDelivery.class).deliverDue();
        } finally {
            applicationContext.getBean(org.springframework.mail.javamail.JavaMailSenderImpl.class).setPort(1);
        }
        login("erb");
        navigate("outbox");
        OutboxView view = _get(OutboxView.class);
        _setValue(view.recipient, email);
        view.grid.select(view.grid.getGenericDataView().getItem(0));
        assertThat(view.bouncing.isVisible()).isTrue();

        _click(view.recordBounce);
        assertThat(view.bounceReport.isInvalid()).as("what the report says is needed").isTrue();
        _setValue(view.bounceReport, "550 5.1.1 mailbox unavailable");
        _click(view.recordBounce);

        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(view.grid, 0))
                .contains("Bounced").anyMatch(cell -> cell.startsWith("Bounced: Bounce reported by"));
        assertThat(data.as("erb", () -> invitations.undelivered(round.id()))).singleElement()
                .satisfies(u -> assertThat(u.reason()).contains("550 5.1.1 mailbox unavailable"));
    }
}
