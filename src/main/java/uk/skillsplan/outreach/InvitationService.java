package uk.skillsplan.outreach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.ContactService;
import uk.skillsplan.outreach.invitation.InvitationMails;
import uk.skillsplan.outreach.invitation.InvitationStore;
import uk.skillsplan.outreach.outbox.Outbox;
import uk.skillsplan.security.Anyone;
import uk.skillsplan.security.ErbLeadOrAdmin;
import uk.skillsplan.security.LinkCheck;
import uk.skillsplan.security.LinkRequest;
import uk.skillsplan.security.SignInLinks;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * Invitations: the ERB lead invites a round's audience, or a part of it, and every contact gets an
 * e-mail with a personal link to their organisation's response and an opt-out link. The e-mails are
 * queued in the outbox in the same transaction as the invitations.
 */
@Service
@Transactional(readOnly = true)
public class InvitationService {

    static final String REFERENCE = "invitation:";
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final InvitationStore invitations;
    private final InvitationMails mails;
    private final Outbox outbox;
    private final SignInLinks links;
    private final SurveyRoundService rounds;
    private final ContactService contacts;
    private final Clock clock;
    private final Duration linkValidFor;

    InvitationService(InvitationStore invitations, InvitationMails mails, Outbox outbox, SignInLinks links,
                      SurveyRoundService rounds, ContactService contacts, Clock clock,
                      @Value("${skillsplan.outreach.link-valid-for:P14D}") Duration linkValidFor) {
        this.invitations = invitations;
        this.mails = mails;
        this.outbox = outbox;
        this.links = links;
        this.rounds = rounds;
        this.contacts = contacts;
        this.clock = clock;
        this.linkValidFor = linkValidFor;
    }

    /** How many contacts an invitation with this filter would reach now. */
    @ErbLeadOrAdmin
    public int countToInvite(long roundId, InviteFilter filter) {
        rounds.requireManaged(roundId, "You may invite only to the rounds of your own area.");
        return invitations.notYetInvited(roundId, filter).size();
    }

    /**
     * Invites the contacts of the round's audience that match the filter, have not opted out and have not
     * been invited to this round yet; returns how many were invited. All or nothing.
     */
    @ErbLeadOrAdmin
    @Transactional
    public int invite(long roundId, InviteFilter filter) {
        SurveyRoundSummary round = rounds.requireManaged(roundId, "You may invite only to the rounds of your own area.");
        if (!round.isOpen()) {
            throw ValidationException.of(ValidationException.FORM,
                    "This round is not open, so nobody can answer it: invite once it opens, or extend it.");
        }
        Instant now = clock.instant();
        List<InvitationStore.Recipient> recipients = invitations.notYetInvited(roundId, filter);
        for (InvitationStore.Recipient to : recipients) {
            String optOut = SignInLinks.randomToken();
            long id = invitations.insert(roundId, to, now);
            invitations.addOptOutLink(id, SignInLinks.hash(optOut));
            Instant expires = expiry(round, now);
            String token = links.issue(linkFor(round, to, id, expires));
            outbox.queue(mails.invitation(round, to, token, expires, optOut, id));
        }
        return recipients.size();
    }

    /**
     * Records that a personal link's page was seen (the invitation was opened). For the link's page,
     * which passes what {@link SignInLinks#check} said about the token: only a valid link counts.
     */
    @Anyone
    @Transactional
    public void linkOpened(LinkCheck check) {
        if (check.valid() && check.reference() != null && check.reference().startsWith(REFERENCE)) {
            invitations.markOpened(Long.parseLong(check.reference().substring(REFERENCE.length())), clock.instant());
        }
    }

    /**
     * Stops e-mails to the contact whose opt-out link this is; true if the link was recognised. Anyone
     * holding the link may use it: it was sent only to that person.
     */
    @Anyone
    @Transactional
    public boolean optOut(String token) {
        if (token == null || token.length() > 100) {
            return false;
        }
        return invitations.byOptOutHash(SignInLinks.hash(token)).map(invited -> {
            contacts.optOut(invited.contactId());
            return true;
        }).orElse(false);
    }

    /**
     * Sends a new personal link to an address that was invited to a round that is still open. Says
     * nothing about whether the address is known: the caller shows the same answer either way.
     */
    @Anyone
    @Transactional
    public void sendNewLink(String email) {
        if (email == null || email.length() > 200) {
            return;
        }
        Set<Long> roundsDone = new HashSet<>();
        Instant now = clock.instant();
        for (InvitationStore.Invitee invitee : invitations.byEmail(email.trim().toLowerCase(Locale.ROOT))) {
            SurveyRoundSummary round = rounds.describe(invitee.roundId());
            if (!round.isOpen() || !roundsDone.add(round.id())) {
                continue;
            }
            InvitationStore.Recipient to = invitee.recipient();
            String optOut = SignInLinks.randomToken();
            invitations.addOptOutLink(to.invitationId(), SignInLinks.hash(optOut));
            Instant expires = expiry(round, now);
            String token = links.issue(linkFor(round, to, to.invitationId(), expires));
            outbox.queue(mails.newLink(round, to, token, expires, optOut));
        }
    }

    /**
     * Invites the contact of an organisation that joined the round and verified its e-mail, without an
     * e-mail (the person is on the page): returns the personal link's token they continue with.
     */
    String inviteJoined(SurveyRoundSummary round, uk.skillsplan.directory.OrganisationSummary organisation,
                        uk.skillsplan.directory.Contact contact) {
        Instant now = clock.instant();
        InvitationStore.Recipient to = new InvitationStore.Recipient(0, organisation.id(), contact.id(), contact.name(),
                contact.email(), organisation.kind(), organisation.lsipCode(), organisation.name());
        long id = invitations.insert(round.id(), to, now);
        invitations.markOpened(id, now);
        return links.issue(linkFor(round, to, id, expiry(round, now)));
    }

    /** Invited, opened, started, submitted and opted out per cell of the round's audience. */
    @ErbLeadOrAdmin
    public List<OutreachCell> cells(long roundId) {
        rounds.requireManaged(roundId, "You may see the outreach of your own area's rounds only.");
        return invitations.cells(roundId);
    }

    /** The round's e-mails that bounced or failed, per contact (at most 500, newest first). */
    @ErbLeadOrAdmin
    public List<Undelivered> undelivered(long roundId) {
        rounds.requireManaged(roundId, "You may see the outreach of your own area's rounds only.");
        return invitations.undelivered(roundId, 500);
    }

    LinkRequest linkFor(SurveyRoundSummary round, InvitationStore.Recipient to, long invitationId, Instant expires) {
        return new LinkRequest(to.email(), to.name(), to.organisationId(), to.kind().role(), REFERENCE + invitationId,
                "/answer/" + round.id(), Duration.between(clock.instant(), expires));
    }

    /** A link lasts the configured time, but not beyond the end of the round's closing day. */
    Instant expiry(SurveyRoundSummary round, Instant now) {
        Instant roundEnds = round.closesOn().plusDays(1).atStartOfDay(UK).toInstant();
        Instant configured = now.plus(linkValidFor);
        return configured.isBefore(roundEnds) ? configured : roundEnds;
    }
}
