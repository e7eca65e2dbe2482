package uk.skillsplan.outreach;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.Errors;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.Contact;
import uk.skillsplan.directory.ContactService;
import uk.skillsplan.directory.LocalAuthority;
import uk.skillsplan.directory.OrganisationDraft;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.outreach.invitation.InvitationMails;
import uk.skillsplan.outreach.invitation.JoinStore;
import uk.skillsplan.outreach.outbox.Mail;
import uk.skillsplan.outreach.outbox.Outbox;
import uk.skillsplan.security.Anyone;
import uk.skillsplan.security.ErbLeadOrAdmin;
import uk.skillsplan.security.SignInLinks;
import uk.skillsplan.security.SystemAuthentication;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * Joining an open round without an invitation: a business gives its details and a work e-mail, and
 * gets a link there that proves the address. Nothing is created before that. On verification a new
 * organisation is created - always new, so that nobody can claim an existing organisation's response
 * by typing its name; one that looks like an existing employer is marked as a possible duplicate for
 * the ERB lead - with the person as its contact, an invitation and a personal link that signs them in.
 * The answer to a request is the same whatever is already known.
 */
@Service
@Transactional(readOnly = true)
public class JoinService {

    static final Duration VERIFY_WITHIN = Duration.ofHours(24);

    private final JoinStore requests;
    private final SurveyRoundService rounds;
    private final ReferenceDataService referenceData;
    private final OrganisationService organisations;
    private final ContactService contacts;
    private final InvitationService invitations;
    private final InvitationMails mails;
    private final Outbox outbox;
    private final Clock clock;

    JoinService(JoinStore requests, SurveyRoundService rounds, ReferenceDataService referenceData,
                OrganisationService organisations, ContactService contacts, InvitationService invitations,
                InvitationMails mails, Outbox outbox, Clock clock) {
        this.requests = requests;
        this.rounds = rounds;
        this.referenceData = referenceData;
        this.organisations = organisations;
        this.contacts = contacts;
        this.invitations = invitations;
        this.mails = mails;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** The round a join page is for, if businesses may join it now (open, asking employers). */
    @Anyone
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public Optional<SurveyRoundSummary> joinableRound(long roundId) {
        try {
            SurveyRoundSummary round = rounds.describe(roundId);
            return round.isOpen() && round.audience().contains(OrganisationKind.EMPLOYER) ? Optional.of(round)
                    : Optional.empty();
        } catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }

    @Anyone
    public List<LocalAuthority> localAuthorities(SurveyRoundSummary round) {
        return referenceData.localAuthoritiesIn(round.lsipCode());
    }

    /** Checks the details and e-mails a verification link; refuses with a message per field. */
    @Anyone
    @Transactional
    void request(long roundId, JoinDetails given) {
        SurveyRoundSummary round = joinableRound(roundId).orElseThrow(() -> ValidationException.of(
                ValidationException.FORM, "This survey is not open for joining."));
        JoinDetails details = checked(round, given);
        String token = SignInLinks.randomToken();
        Instant now = clock.instant();
        requests.insert(roundId, SignInLinks.hash(token), details, now, now.plus(VERIFY_WITHIN));
        outbox.queue(new Mail(details.email(), "Confirm your e-mail to answer: " + round.title(),
                "Dear " + details.contactName() + ",\n\nYou asked to answer \"" + round.title() + "\" for "
                        + details.name() + ". Open this link within 24 hours to confirm your e-mail address "
                        + "and start:\n" + mails.joinUrl(token) + "\n\nIf you did not ask, ignore this e-mail: "
                        + "nothing happens without the link.\n", round.lsipCode(), "join"));
    }

    /** Whether a verification link can still be used. */
    @Anyone
    public boolean canVerify(String token) {
        if (token == null || token.length() > 100) {
            return false;
        }
        return requests.find(SignInLinks.hash(token))
                .filter(r -> r.verifiedAt() == null && r.expiresAt().isAfter(clock.instant())).isPresent();
    }

    /**
     * Uses a verification link: creates the organisation, its contact and their invitation, and returns a
     * personal sign-in link's token for the person to continue with; empty if the link was used or expired.
     */
    @Anyone
    @Transactional
    public Optional<String> verify(String token) {
        if (!canVerify(token) || !requests.verify(SignInLinks.hash(token), clock.instant())) {
            return Optional.empty();
        }
        JoinStore.Request request = requests.find(SignInLinks.hash(token)).orElseThrow();
        JoinDetails d = request.details();
        return Optional.of(SystemAuthentication.runAsSystem(() -> {
            Long duplicate = organisations.matchingEmployer(d.companiesHouseNumber(), d.name(), d.ladCode()).orElse(null);
            OrganisationSummary created = organisations.createSelfRegistered(new OrganisationDraft(OrganisationKind.EMPLOYER,
                    d.name(), d.ladCode(), d.sicSection(), SizeBand.fromCode(d.sizeBand()),
                    duplicate == null ? d.companiesHouseNumber() : null));
            requests.recordOrganisation(request.id(), created.id(), duplicate);
            Contact contact = contacts.add(created.id(), d.contactName(), d.email(),
                    "gave their work e-mail on the join page and confirmed it");
            return invitations.inviteJoined(rounds.describe(request.roundId()), created, contact);
        }));
    }

    /** Organisations that joined the round without an invitation. */
    @ErbLeadOrAdmin
    public List<JoinedOrganisation> joined(long roundId) {
        rounds.requireManaged(roundId, "You may see the outreach of your own area's rounds only.");
        return requests.joined(roundId);
    }

    private JoinDetails checked(SurveyRoundSummary round, JoinDetails d) {
        Errors errors = new Errors();
        String name = d.name() == null ? "" : d.name().trim();
        errors.rejectIf(name.isEmpty(), "name", "Enter your business's name.");
        errors.rejectIf(name.length() > 200, "name", "Use at most 200 characters.");
        errors.rejectIf(d.ladCode() == null || localAuthorities(round).stream()
                .noneMatch(la -> la.ladCode().equals(d.ladCode())), "ladCode", "Choose the council area of your site.");
        errors.rejectIf(d.sicSection() == null || referenceData.sicSections().stream()
                .noneMatch(s -> s.code().equals(d.sicSection())), "sicSection", "Choose what your business mainly does.");
        boolean sizeKnown = d.sizeBand() != null && java.util.Arrays.stream(SizeBand.values())
                .anyMatch(b -> b.code().equals(d.sizeBand()));
        errors.rejectIf(!sizeKnown, "sizeBand", "Choose how many people work at your site.");
        String number = d.companiesHouseNumber() == null ? "" : d.companiesHouseNumber().trim().toUpperCase(Locale.ROOT)
                .replace(" ", "");
        errors.rejectIf(!number.isEmpty() && !number.matches("\\d{8}|[A-Z]{2}\\d{6}"), "companiesHouseNumber",
                "A Companies House number has 8 digits (01234567) or 2 letters and 6 digits (SC123456). "
                        + "Leave it empty if you have none.");
        String contactName = d.contactName() == null ? "" : d.contactName().trim();
        errors.rejectIf(contactName.isEmpty() || contactName.length() > 120, "contactName", "Enter your name.");
        String email = d.email() == null ? "" : d.email().trim().toLowerCase(Locale.ROOT);
        errors.rejectIf(!ContactService.EMAIL.matcher(email).matches() || email.length() > 200, "email",
                "Enter your work e-mail address, like name@yourbusiness.co.uk.");
        errors.throwIfAny();
        return new JoinDetails(name, d.ladCode(), d.sicSection(), d.sizeBand(), number.isEmpty() ? null : number,
                contactName, email);
    }
}
