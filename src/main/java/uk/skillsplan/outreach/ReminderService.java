package uk.skillsplan.outreach;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.Errors;
import uk.skillsplan.outreach.invitation.InvitationMails;
import uk.skillsplan.outreach.invitation.InvitationStore;
import uk.skillsplan.outreach.invitation.ReminderStore;
import uk.skillsplan.outreach.outbox.Outbox;
import uk.skillsplan.security.ErbLeadOrAdmin;
import uk.skillsplan.security.SignInLinks;
import uk.skillsplan.security.SystemAuthentication;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * Reminders the ERB lead schedules for a round - the day and the wording, to those who have not
 * submitted or not even started - sent on their day (checked hourly, and whenever asked) to the
 * round's invited contacts, never to those who opted out or whose organisation already submitted.
 * Each reminder carries a new personal link and a new opt-out link.
 */
@Service
@Transactional(readOnly = true)
public class ReminderService {

    private final ReminderStore reminders;
    private final InvitationStore invitations;
    private final InvitationMails mails;
    private final InvitationService invitationService;
    private final Outbox outbox;
    private final SignInLinks links;
    private final SurveyRoundService rounds;
    private final Clock clock;
    private final boolean scheduled;

    ReminderService(ReminderStore reminders, InvitationStore invitations, InvitationMails mails,
                    InvitationService invitationService, Outbox outbox, SignInLinks links, SurveyRoundService rounds,
                    Clock clock,
                    @org.springframework.beans.factory.annotation.Value("${skillsplan.outreach.reminders-scheduled:true}")
                    boolean scheduled) {
        this.scheduled = scheduled;
        this.reminders = reminders;
        this.invitations = invitations;
        this.mails = mails;
        this.invitationService = invitationService;
        this.outbox = outbox;
        this.links = links;
        this.rounds = rounds;
        this.clock = clock;
    }

    @ErbLeadOrAdmin
    @Transactional
    public void schedule(long roundId, LocalDate sendOn, String wording, boolean onlyNotStarted) {
        SurveyRoundSummary round = rounds.requireManaged(roundId, "You may remind only for the rounds of your own area.");
        Errors errors = new Errors();
        LocalDate today = rounds.today();
        errors.rejectIf(sendOn == null, "sendOn", "Choose the day the reminder goes out.");
        if (sendOn != null) {
            errors.rejectIf(sendOn.isBefore(today), "sendOn", "Choose today or a later day.");
            errors.rejectIf(sendOn.isAfter(round.closesOn()), "sendOn",
                    "Choose a day on or before the round closes (" + round.closesOn() + ").");
        }
        errors.rejectIf(Errors.isBlank(wording), "wording", "Write what the reminder says.");
        errors.rejectIf(wording != null && wording.strip().length() > 2000, "wording", "Use at most 2,000 characters.");
        errors.throwIfAny();
        reminders.insert(roundId, sendOn, wording.strip(), onlyNotStarted);
    }

    @ErbLeadOrAdmin
    public List<Reminder> ofRound(long roundId) {
        rounds.requireManaged(roundId, "You may see the reminders of your own area's rounds only.");
        return reminders.ofRound(roundId);
    }

    @ErbLeadOrAdmin
    @Transactional
    public void cancel(long roundId, long reminderId) {
        rounds.requireManaged(roundId, "You may change the reminders of your own area's rounds only.");
        reminders.deleteUnsent(reminderId, roundId);
    }

    @Scheduled(fixedDelayString = "${skillsplan.outreach.reminders-every:PT1H}", initialDelayString = "PT1M")
    void sendDueOnSchedule() {
        if (scheduled) {
            SystemAuthentication.runAsSystem(this::sendDue);
        }
    }

    /**
     * Sends every reminder whose day has come, in one transaction: each due reminder is locked (another
     * node skips it), its e-mails are queued in the outbox and it is marked sent. Returns the e-mails queued.
     */
    @ErbLeadOrAdmin
    @Transactional
    public int sendDue() {
        int queued = 0;
        Instant now = clock.instant();
        for (Reminder reminder : reminders.lockDue(rounds.today())) {
            SurveyRoundSummary round = rounds.describe(reminder.roundId());
            int count = 0;
            if (round.isOpen()) {
                for (InvitationStore.Recipient to : invitations.toRemind(round.id(), reminder.onlyNotStarted())) {
                    String optOut = SignInLinks.randomToken();
                    invitations.markReminded(to.invitationId(), now);
                    invitations.addOptOutLink(to.invitationId(), SignInLinks.hash(optOut));
                    Instant expires = invitationService.expiry(round, now);
                    String token = links.issue(invitationService.linkFor(round, to, to.invitationId(), expires));
                    outbox.queue(mails.reminder(round, to, reminder.wording(), token, expires, optOut));
                    count++;
                }
            }
            reminders.markSent(reminder.id(), now, count);
            queued += count;
        }
        return queued;
    }
}
