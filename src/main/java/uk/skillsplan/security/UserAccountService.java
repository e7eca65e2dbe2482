package uk.skillsplan.security;

import uk.skillsplan.security.account.PasswordPolicy;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.Errors;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.security.domain.UserAccount;
import uk.skillsplan.security.domain.SignInLinkStore;
import uk.skillsplan.security.domain.UserAccountRepository;
import uk.skillsplan.security.domain.UserAccountSpecifications;

/** Managing sign-in accounts. Administrators only: every way in (view, import, API) is checked here. */
@Service
@Transactional(readOnly = true)
public class UserAccountService {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,59}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ObjectProvider<OrganisationMembershipPolicy> membershipPolicy;
    private final CurrentUserService currentUser;
    private final DemoDataPolicy demoDataPolicy;
    private final AuditTrail audit;
    private final Clock clock;
    private final SignInLinkStore links;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                       ObjectProvider<OrganisationMembershipPolicy> membershipPolicy, CurrentUserService currentUser,
                       DemoDataPolicy demoDataPolicy, AuditTrail audit, Clock clock, SignInLinkStore links) {
        this.links = links;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.membershipPolicy = membershipPolicy;
        this.currentUser = currentUser;
        this.demoDataPolicy = demoDataPolicy;
        this.audit = audit;
        this.clock = clock;
    }

    @AdminOnly
    public List<UserAccountSummary> search(UserQuery query, Pageable page) {
        return accounts.findAll(UserAccountSpecifications.matching(query), page).map(this::toSummary).getContent();
    }

    @AdminOnly
    public int count(UserQuery query) {
        return (int) accounts.count(UserAccountSpecifications.matching(query));
    }

    @AdminOnly
    public UserAccountSummary get(long id) {
        return toSummary(load(id));
    }

    @AdminOnly
    @Transactional
    public UserAccountSummary create(NewUserAccount command) {
        UserAccountSummary created = toSummary(accounts.save(checkedNewAccount(command, false)));
        audit.record(AuditAction.ACCOUNT_CREATED, created.username(), null, "role " + created.role().label());
        return created;
    }

    /** Whether any account (active or not) belongs to the organisation; no access check, for other services' rules. */
    public boolean hasAccounts(long organisationId) {
        return accounts.existsByOrganisationId(organisationId);
    }

    /** Creates a demo account; refused unless demo data is allowed on this database. */
    @Transactional
    public UserAccountSummary createDemoAccount(NewUserAccount command) {
        demoDataPolicy.requireEnabled();
        return toSummary(accounts.save(checkedNewAccount(command, true)));
    }

    @AdminOnly
    @Transactional
    public UserAccountSummary update(long id, UserAccountChanges changes) {
        UserAccount account = load(id);
        Errors errors = new Errors();
        checkDetails(errors, changes.displayName(), changes.email(), changes.role(), changes.organisationId());
        CurrentUser me = currentUser.require();
        errors.rejectIf(me.userId() == id && changes.role() != Role.ADMIN, "role",
                "You cannot take the administrator role away from your own account.");
        boolean newPassword = changes.newPassword() != null && !changes.newPassword().isEmpty();
        if (newPassword) {
            PasswordPolicy.problem(changes.newPassword(), account.getUsername())
                    .ifPresent(problem -> errors.reject("password", problem));
        }
        errors.throwIfAny();
        if (newPassword) {
            String hash = passwordEncoder.encode(changes.newPassword());
            if (me.userId() == id) {
                account.changePasswordHash(hash);
            } else {
                // Someone else knows this password now: the person replaces it when they next sign in.
                account.resetPasswordHash(hash);
            }
            account.unlock();
        }
        String before = "role " + account.getRole().label() + ", organisation " + account.getOrganisationId();
        account.changeDetails(changes.displayName().trim(), blankToNull(changes.email()), changes.role(),
                changes.organisationId());
        String after = "role " + account.getRole().label() + ", organisation " + account.getOrganisationId();
        audit.record(AuditAction.ACCOUNT_CHANGED, account.getUsername(), null, (before.equals(after) ? after
                : before + " -> " + after) + (newPassword ? "; password reset" : ""));
        return toSummary(account);
    }

    @AdminOnly
    @Transactional
    public void setActive(long id, boolean active) {
        if (!active && currentUser.require().userId() == id) {
            throw ValidationException.of(ValidationException.FORM, "You cannot deactivate your own account.");
        }
        UserAccount account = load(id);
        if (account.isActive() != active) {
            account.setActive(active);
            audit.record(active ? AuditAction.ACCOUNT_REACTIVATED : AuditAction.ACCOUNT_DEACTIVATED, account.getUsername(),
                    null, null);
        }
    }

    /**
     * Ends the sessions of every account of an organisation on their next request, for the module
     * that owns organisations when one is deactivated (sign-in is refused from then on through
     * {@link OrganisationMembershipPolicy}). Whoever may deactivate the organisation may call it.
     */
    @ErbLeadOrAdmin
    @Transactional
    public void endSessionsOfOrganisation(long organisationId) {
        accounts.moveSecurityVersionOfOrganisation(organisationId);
    }

    /**
     * Moves the accounts and personal links of an organisation to another, for the module that owns
     * organisations when it merges a duplicate into the organisation kept: the people then answer for
     * the kept one (their sessions end, so that they sign in to it afresh). Returns how many accounts moved.
     */
    @ErbLeadOrAdmin
    @Transactional
    public int moveMembers(long fromOrganisationId, long toOrganisationId) {
        links.moveOrganisation(fromOrganisationId, toOrganisationId);
        return accounts.moveOrganisation(fromOrganisationId, toOrganisationId);
    }

    @AdminOnly
    @Transactional
    public void unlock(long id) {
        UserAccount account = load(id);
        account.unlock();
        audit.record(AuditAction.ACCOUNT_UNLOCKED, account.getUsername(), null, null);
    }

    private UserAccount checkedNewAccount(NewUserAccount command, boolean demo) {
        Errors errors = new Errors();
        String username = command.username() == null ? "" : command.username().trim().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            errors.reject("username", "Use 3 to 60 characters: lower-case letters, digits, dots, dashes, underscores or @.");
        } else if (accounts.existsByUsername(username)) {
            errors.reject("username", "The username \"" + username + "\" is taken. Choose another one.");
        }
        checkDetails(errors, command.displayName(), command.email(), command.role(), command.organisationId());
        PasswordPolicy.problem(command.password(), username).ifPresent(problem -> errors.reject("password", problem));
        errors.throwIfAny();
        return new UserAccount(username, command.displayName().trim(), blankToNull(command.email()),
                passwordEncoder.encode(command.password()), command.role(), command.organisationId(), demo,
                clock.instant());
    }

    private void checkDetails(Errors errors, String displayName, String email, Role role, Long organisationId) {
        errors.rejectIf(Errors.isBlank(displayName), "displayName", "Enter the person's name.");
        errors.rejectIf(displayName != null && displayName.trim().length() > 120, "displayName",
                "Use at most 120 characters.");
        errors.rejectIf(!Errors.isBlank(email) && !EMAIL.matcher(email.trim()).matches(), "email",
                "Enter an email address like name@example.org, or leave it empty.");
        if (role == null) {
            errors.reject("role", "Choose a role.");
            return;
        }
        if (role != Role.ADMIN && organisationId == null) {
            errors.reject("organisationId", "Choose the organisation this person belongs to.");
        } else if (organisationId != null) {
            OrganisationMembershipPolicy policy = membershipPolicy.getIfAvailable();
            if (policy != null) {
                policy.problem(role, organisationId).ifPresent(problem -> errors.reject("organisationId", problem));
            }
        }
    }

    private UserAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("There is no account with id " + id + "."));
    }

    private UserAccountSummary toSummary(UserAccount account) {
        return new UserAccountSummary(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getEmail(), account.getRole(), account.getOrganisationId(), account.isActive(),
                account.isLocked(clock.instant()), account.getLastLoginAt());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
