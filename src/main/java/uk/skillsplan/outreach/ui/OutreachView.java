package uk.skillsplan.outreach.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.skillsplan.base.ui.RouteIds;
import uk.skillsplan.base.Dates;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.FieldErrorBinder;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.directory.SicSection;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.outreach.InvitationService;
import uk.skillsplan.outreach.InviteFilter;
import uk.skillsplan.outreach.JoinService;
import uk.skillsplan.outreach.JoinedOrganisation;
import uk.skillsplan.outreach.OutreachCell;
import uk.skillsplan.outreach.Reminder;
import uk.skillsplan.outreach.ReminderService;
import uk.skillsplan.outreach.Undelivered;
import uk.skillsplan.security.Roles;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * The ERB lead's outreach for a round: invite its audience (or one cell of it), schedule reminders
 * with their wording, and see per cell how many were invited, opened their link, started, submitted
 * and opted out.
 */
@Route("outreach/:roundId?")
@PageTitle("Outreach | SkillsPlan")
@Menu(title = "Outreach", order = 25, icon = "ENVELOPES")
@RolesAllowed({Roles.ERB_LEAD, Roles.ADMIN})
public class OutreachView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    final Select<SurveyRoundSummary> round = new Select<>();
    final Select<SicSection> sector = new Select<>();
    final Select<SizeBand> size = new Select<>();
    final Paragraph reach = new Paragraph();
    final Button invite = new Button("Send invitations");
    final DatePicker sendOn = new DatePicker("Day to send");
    final TextArea wording = new TextArea("What the reminder says");
    final Checkbox onlyNotStarted = new Checkbox("Only to those who have not started (otherwise: not submitted)");
    final Button schedule = new Button("Schedule the reminder");
    final Grid<Reminder> reminders = new Grid<>(Reminder.class, false);
    final Grid<OutreachCell> cells = new Grid<>(OutreachCell.class, false);
    final Grid<JoinedOrganisation> joined = new Grid<>(JoinedOrganisation.class, false);
    final Grid<Undelivered> undelivered = new Grid<>(Undelivered.class, false);
    final Div content = new Div();

    private final SurveyRoundService rounds;
    private final InvitationService invitations;
    private final ReminderService reminderService;
    private final JoinService joins;
    private final FieldErrorBinder inviteErrors = new FieldErrorBinder();
    private final FieldErrorBinder reminderErrors = new FieldErrorBinder().field("sendOn", sendOn).field("wording", wording);
    private SurveyRoundSummary chosen;

    OutreachView(SurveyRoundService rounds, InvitationService invitations, ReminderService reminderService,
                 ReferenceDataService referenceData, JoinService joins) {
        this.joins = joins;
        this.rounds = rounds;
        this.invitations = invitations;
        this.reminderService = reminderService;
        addClassName("sp-view");
        round.setLabel("Survey round");
        round.setItemLabelGenerator(r -> r.title() + " (" + r.status().name().toLowerCase(Locale.ROOT) + ")");
        round.setItems(rounds.managedRounds());
        round.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate("outreach/" + change.getValue().id()));
            }
        });
        sector.setLabel("Industry (SIC section)");
        sector.setItems(referenceData.sicSections());
        sector.setItemLabelGenerator(s -> s == null ? "All" : s.code() + " " + s.name());
        sector.setEmptySelectionAllowed(true);
        sector.setEmptySelectionCaption("All");
        size.setLabel("Size band");
        size.setItems(SizeBand.values());
        size.setItemLabelGenerator(s -> s == null ? "All" : s.label());
        size.setEmptySelectionAllowed(true);
        size.setEmptySelectionCaption("All");
        reach.getElement().setAttribute("role", "status");
        invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        wording.setMaxLength(2000);
        wording.setWidth("36rem");
        configureGrids();
        sector.addValueChangeListener(change -> countReach());
        size.addValueChangeListener(change -> countReach());
        invite.addClickListener(click -> invite());
        schedule.addClickListener(click -> schedule());
        add(new H1("Outreach"), round, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        content.removeAll();
        chosen = RouteIds.id(event.getRouteParameters(), "roundId").map(id -> rounds.requireManaged(id,
                "You may see the outreach of your own area's rounds only.")).orElse(null);
        round.setValue(chosen);
        if (chosen == null) {
            content.add(new Paragraph("Choose a survey round to invite its audience, schedule reminders and see "
                    + "who has answered."));
            return;
        }
        content.add(inviting(chosen), reminding(chosen), new H2("Who has answered, by industry and size"),
                new Paragraph("Organisations, not contacts: invited, opened their link, started, submitted, and with "
                        + "every invited contact opted out."), cells,
                new H2("Joined without an invitation"), new Paragraph("Anyone can join this round at /join/"
                        + chosen.id() + " (share the address). Each business that confirmed its e-mail is added as a new "
                        + "organisation: check it on the Likely duplicates page (Organisations), and confirm it or merge it "
                        + "with the one it may duplicate."), joined,
                new H2("Not delivered"), new Paragraph("E-mails of this round that did not arrive, per contact: "
                        + "bounced (the recipient's mail server refused them, or a bounce report was recorded on the "
                        + "Outbox page) or failed after every attempt. Correct the address in the contact list, or "
                        + "reach the organisation another way."), undelivered);
        cells.setItems(invitations.cells(chosen.id()));
        undelivered.setItems(invitations.undelivered(chosen.id()));
        joined.setItems(joins.joined(chosen.id()));
    }

    private Div inviting(SurveyRoundSummary chosen) {
        inviteErrors.clear();
        countReach();
        invite.setEnabled(chosen.isOpen());
        Div filters = new Div(sector, size);
        filters.addClassName("sp-toolbar");
        return new Div(new H2("Invite"), new Paragraph("Each contact gets an e-mail with a personal link to their "
                + "organisation's response (it works once, until " + Dates.format(chosen.closesOn()) + " at the latest) "
                + "and a link to stop e-mails."), filters, reach, inviteErrors.formMessage(), invite);
    }

    private void countReach() {
        if (chosen != null) {
            reach.setText(invitations.countToInvite(chosen.id(), filter()) + " contacts would be invited: those of "
                    + "the round's audience matching the choice who have not been invited to this round and have not "
                    + "opted out.");
        }
    }

    private void invite() {
        try {
            int invited = invitations.invite(chosen.id(), filter());
            inviteErrors.clear();
            Notices.success("Invited " + invited + " contacts. The e-mails are in the outbox.");
            countReach();
            cells.setItems(invitations.cells(chosen.id()));
        } catch (ValidationException problem) {
            inviteErrors.show(problem);
        }
    }

    private Div reminding(SurveyRoundSummary chosen) {
        reminderErrors.clear();
        schedule.setEnabled(chosen.isOpen());
        reminders.setItems(reminderService.ofRound(chosen.id()));
        return new Div(new H2("Reminders"), new Paragraph("Reminders go on their day to invited contacts whose "
                + "organisation has not submitted, never to those who opted out."), sendOn, wording, onlyNotStarted,
                reminderErrors.formMessage(), schedule, reminders);
    }

    private void schedule() {
        try {
            reminderService.schedule(chosen.id(), sendOn.getValue(), wording.getValue(), onlyNotStarted.getValue());
            reminderErrors.clear();
            Notices.success("The reminder goes out on " + Dates.format(sendOn.getValue()) + ".");
            reminders.setItems(reminderService.ofRound(chosen.id()));
        } catch (ValidationException problem) {
            reminderErrors.show(problem);
        }
    }

    private void configureGrids() {
        reminders.addColumn(r -> Dates.format(r.sendOn())).setHeader("Day").setAutoWidth(true);
        reminders.addColumn(r -> r.onlyNotStarted() ? "Not started" : "Not submitted").setHeader("To")
                .setAutoWidth(true);
        reminders.addColumn(Reminder::wording).setHeader("Wording").setFlexGrow(3);
        reminders.addColumn(r -> r.sentAt() == null ? "Scheduled" : "Sent " + WHEN.format(r.sentAt()) + " to "
                + r.sentCount()).setHeader("Status").setAutoWidth(true);
        reminders.setAriaLabel("Reminders of this round");
        reminders.setEmptyStateText("No reminders scheduled.");
        reminders.setAllRowsVisible(true);
        cells.addColumn(OutreachCell::sicSection).setHeader("SIC section").setAutoWidth(true);
        cells.addColumn(OutreachCell::sizeBand).setHeader("Size band").setAutoWidth(true);
        cells.addColumn(OutreachCell::audience).setHeader("In audience");
        cells.addColumn(OutreachCell::invited).setHeader("Invited");
        cells.addColumn(OutreachCell::opened).setHeader("Opened");
        cells.addColumn(OutreachCell::started).setHeader("Started");
        cells.addColumn(OutreachCell::submitted).setHeader("Submitted");
        cells.addColumn(OutreachCell::optedOut).setHeader("Opted out");
        cells.setAriaLabel("Outreach by industry and size band");
        cells.setEmptyStateText("This round asks nobody yet.");
        cells.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        cells.setHeight("28rem");
        joined.addColumn(JoinedOrganisation::name).setHeader("Organisation").setFlexGrow(2);
        joined.addColumn(JoinedOrganisation::email).setHeader("Contact");
        joined.addColumn(j -> WHEN.format(j.verifiedAt())).setHeader("Joined").setAutoWidth(true);
        joined.addColumn(j -> j.possibleDuplicateName() == null ? "" : j.possibleDuplicateName())
                .setHeader("Possible duplicate of").setFlexGrow(2);
        joined.setAriaLabel("Organisations that joined without an invitation");
        joined.setEmptyStateText("Nobody has joined without an invitation yet.");
        joined.setAllRowsVisible(true);
        undelivered.addColumn(Undelivered::organisationName).setHeader("Organisation").setFlexGrow(2);
        undelivered.addColumn(u -> u.contactName() + " <" + u.email() + ">").setHeader("Contact").setFlexGrow(2);
        undelivered.addColumn(Undelivered::subject).setHeader("E-mail").setFlexGrow(2);
        undelivered.addColumn(u -> u.status().label()).setHeader("Status").setAutoWidth(true);
        undelivered.addColumn(u -> u.reason() == null ? "" : u.reason()).setHeader("Why").setFlexGrow(3);
        undelivered.setAriaLabel("E-mails that did not arrive");
        undelivered.setEmptyStateText("Every e-mail of this round was delivered or is still on its way.");
        undelivered.setHeight("16rem");
    }

    private InviteFilter filter() {
        return new InviteFilter(sector.getValue() == null ? null : sector.getValue().code(),
                size.getValue() == null ? null : size.getValue().code(), null);
    }

    List<OutreachCell> shownCells() {
        return cells.getListDataView().getItems().toList();
    }
}
