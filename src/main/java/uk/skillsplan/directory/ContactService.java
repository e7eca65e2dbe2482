package uk.skillsplan.directory;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.Errors;
import uk.skillsplan.directory.domain.ContactStore;
import uk.skillsplan.security.Anyone;
import uk.skillsplan.security.ErbLeadOrAdmin;

/**
 * The contacts of organisations: who may be invited to a survey, on what basis (consent), and who
 * asked not to be e-mailed again. An ERB lead manages the contacts of their area's organisations.
 */
@Service
@Transactional(readOnly = true)
public class ContactService {

    public static final Pattern EMAIL = Pattern.compile("[^@\\s,;<>\"]+@[^@\\s,;<>\"]+\\.[^@\\s,;<>\"]{2,}");

    private final ContactStore contacts;
    private final OrganisationService organisations;
    private final Clock clock;

    ContactService(ContactStore contacts, OrganisationService organisations, Clock clock) {
        this.contacts = contacts;
        this.organisations = organisations;
        this.clock = clock;
    }

    /** Adds a contact to an organisation the caller manages, or returns the one with that e-mail. */
    @ErbLeadOrAdmin
    @Transactional
    public Contact add(long organisationId, String name, String email, String consent) {
        organisations.get(organisationId);
        Errors errors = new Errors();
        errors.rejectIf(Errors.isBlank(name), "name", "Enter the contact's name.");
        errors.rejectIf(name != null && name.trim().length() > 120, "name", "Use at most 120 characters.");
        errors.rejectIf(email == null || !EMAIL.matcher(email.trim()).matches() || email.trim().length() > 200,
                "email", "Enter an e-mail address like name@example.org.");
        errors.throwIfAny();
        String address = email.trim().toLowerCase(Locale.ROOT);
        return contacts.find(organisationId, address).orElseGet(() -> contacts.get(
                contacts.insert(organisationId, name.trim(), address, consent, clock.instant())));
    }

    @ErbLeadOrAdmin
    public List<Contact> ofOrganisation(long organisationId) {
        organisations.get(organisationId);
        return contacts.ofOrganisation(organisationId);
    }

    /**
     * Records that the person asked not to be e-mailed again. For the opt-out link's page, which proves
     * who asks with the link's own token; no other check is needed to stop e-mails.
     */
    @Anyone
    @Transactional
    public void optOut(long contactId) {
        contacts.optOut(contactId, clock.instant());
    }

    /** A contact without an access check, for other services that check their own callers. */
    public Optional<Contact> describe(long contactId) {
        return contacts.findById(contactId);
    }
}
