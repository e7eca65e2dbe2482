package uk.skillsplan.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.FieldErrorBinder;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.outreach.OutboxMessage;
import uk.skillsplan.outreach.OutboxService;
import uk.skillsplan.security.Roles;

/**
 * The outbox: every e-mail the app has queued, whether it was sent, and why not. An administrator
 * also reads each message's text here - on the embedded default without an SMTP server, that is how
 * the demo's invitations are opened; an ERB lead sees their area's messages without the text.
 */
@Route("outbox")
@PageTitle("Outbox | SkillsPlan")
@Menu(title = "Outbox", order = 26, icon = "ENVELOPE")
@RolesAllowed({Roles.ERB_LEAD, Roles.ADMIN})
public class OutboxView extends Div {

    static final String NO_SMTP = "No mail server is configured, so e-mails are not sent: they wait here. "
            + "Set spring.mail.host (and port, username, password) to send them.";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    final Select<OutboxMessage.Status> status = new Select<>();
    final TextField recipient = new TextField("Recipient contains");
    final Grid<OutboxMessage> grid = new Grid<>(OutboxMessage.class, false);
    final H2 subject = new H2();
    final Pre body = new Pre();
    final TextField bounceReport = new TextField("What the bounce report says");
    final Button recordBounce = new Button("Mark as bounced");
    final Div bouncing = new Div();
    private final FieldErrorBinder bounceErrors = new FieldErrorBinder().field("report", bounceReport);
    private OutboxMessage selected;

    OutboxView(OutboxService outbox) {
        addClassName("sp-view");
        status.setLabel("Status");
        status.setItems(OutboxMessage.Status.values());
        status.setItemLabelGenerator(s -> s == null ? "Any" : s.label());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption("Any");
        recipient.setValueChangeMode(ValueChangeMode.LAZY);
        recipient.setClearButtonVisible(true);
        add(new H1("Outbox"), new Paragraph("Every e-mail SkillsPlan sends - invitations, reminders, new links - "
                + "is kept here first and sent from here, tried again after a pause when sending fails."));
        if (!outbox.deliveryConfigured()) {
            Paragraph notice = new Paragraph(NO_SMTP);
            notice.addClassName("sp-notice");
            add(notice);
        }
        Div filters = new Div(status, recipient);
        filters.addClassName("sp-toolbar");
        grid.addColumn(m -> when(m.createdAt())).setHeader("Queued").setAutoWidth(true);
        grid.addColumn(OutboxMessage::recipient).setHeader("To").setFlexGrow(2);
        grid.addColumn(OutboxMessage::subject).setHeader("Subject").setFlexGrow(3);
        grid.addColumn(m -> m.status().label()).setHeader("Status").setAutoWidth(true);
        grid.addColumn(OutboxMessage::attempts).setHeader("Attempts").setAutoWidth(true);
        grid.addColumn(OutboxView::outcome).setHeader("Sent, or next attempt and last error").setFlexGrow(3);
        grid.setAriaLabel("E-mails in the outbox");
        grid.setEmptyStateText("No e-mails yet. Invitations and reminders appear here as soon as they are queued.");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> outbox.find(status.getValue(), recipient.getValue(), query.getOffset(), query.getLimit())
                .stream(), query -> outbox.count(status.getValue(), recipient.getValue()));
        grid.setHeight("28rem");
        grid.asSingleSelect().addValueChangeListener(change -> show(change.getValue()));
        status.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        recipient.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        body.addClassName("sp-mail-body");
        bounceReport.setMaxLength(1000);
        bounceReport.setWidth("36rem");
        bounceReport.setHelperText("A \"delivery failed\" e-mail that came back later: the message then shows as bounced "
                + "on the round's outreach page.");
        recordBounce.addClickListener(click -> recordBounce(outbox));
        bouncing.add(bounceReport, bounceErrors.formMessage(), recordBounce);
        show(null);
        add(filters, grid, subject, body, bouncing);
    }

    private void recordBounce(OutboxService outbox) {
        try {
            outbox.recordBounce(selected.id(), bounceReport.getValue());
        } catch (ValidationException problem) {
            bounceErrors.show(problem);
            return;
        }
        bounceErrors.clear();
        bounceReport.clear();
        Notices.success("The e-mail to " + selected.recipient() + " is recorded as bounced.");
        grid.getDataProvider().refreshAll();
        show(null);
    }

    private void show(OutboxMessage message) {
        selected = message;
        bouncing.setVisible(message != null && message.status() == OutboxMessage.Status.SENT);
        subject.setText(message == null ? "" : message.subject());
        subject.setVisible(message != null);
        body.setText(message == null ? "" : "To: " + message.recipient() + "\n\n" + message.body());
        body.setVisible(message != null);
    }

    static String outcome(OutboxMessage m) {
        return switch (m.status()) {
            case SENT -> "Sent " + when(m.sentAt());
            case FAILED -> "Gave up: " + (m.lastError() == null ? "" : m.lastError());
            case BOUNCED -> "Bounced: " + (m.lastError() == null ? "" : m.lastError());
            case QUEUED -> m.attempts() == 0 ? "Waiting" : "Next attempt " + when(m.nextAttemptAt()) + ": "
                    + (m.lastError() == null ? "" : m.lastError());
        };
    }

    private static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }
}
