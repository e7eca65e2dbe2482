package uk.skillsplan.security;

import uk.skillsplan.security.account.PasswordPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.Errors;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.security.domain.UserAccount;
import uk.skillsplan.security.domain.UserAccountRepository;

/**
 * A signed-in person changing their own password, which needs the current one (so that someone at an
 * unattended, signed-in computer cannot take the account over), and the rule that a password an
 * administrator set must be replaced at the next sign-in.
 */
@Service
@Transactional(readOnly = true)
public class PasswordChangeService {

    private final UserAccountRepository accounts;
    private final AuditTrail audit;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUserService currentUser;

    PasswordChangeService(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                          CurrentUserService currentUser, AuditTrail audit) {
        this.audit = audit;
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
    }

    /** Whether the signed-in person must choose a new password before doing anything else; false when signed out. */
    public boolean mustChangePassword() {
        return currentUser.current().flatMap(user -> accounts.findById(user.userId()))
                .map(UserAccount::isMustChangePassword).orElse(false);
    }

    /**
     * Whether the signed-in person has a password they know; false for an account made by a personal
     * link until they set one (and true when signed out, so that nothing is offered).
     */
    public boolean hasOwnPassword() {
        return currentUser.current().flatMap(user -> accounts.findById(user.userId()))
                .map(UserAccount::isPasswordChosen).orElse(true);
    }

    /**
     * A person who signed in with a personal link sets a password, under the same policy, so that they
     * can later sign in with their username and it. No current password is asked: nobody knows the
     * random one the account was made with. Refused once the account has a password its person chose.
     */
    @SignedIn
    @Transactional
    public void setFirstPassword(String newPassword, String repeatPassword) {
        CurrentUser me = currentUser.require();
        UserAccount account = accounts.findById(me.userId())
                .orElseThrow(() -> new NotFoundException("Your account no longer exists."));
        if (account.isPasswordChosen()) {
            throw ValidationException.of("currentPassword", "Your account has a password already: give it to change it.");
        }
        Errors errors = new Errors();
        PasswordPolicy.problem(newPassword, account.getUsername()).ifPresent(problem -> errors.reject("newPassword", problem));
        if (repeatPassword == null || !repeatPassword.equals(newPassword)) {
            errors.reject("repeatPassword", "The two new passwords differ. Type the new password again.");
        }
        errors.throwIfAny();
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        audit.record(AuditAction.PASSWORD_CHANGED, account.getUsername(), null,
                "first password, set after signing in with a personal link");
    }

    @SignedIn
    @Transactional
    public void changeOwnPassword(OwnPasswordChange change) {
        CurrentUser me = currentUser.require();
        UserAccount account = accounts.findById(me.userId())
                .orElseThrow(() -> new NotFoundException("Your account no longer exists."));
        Errors errors = new Errors();
        if (Errors.isBlank(change.currentPassword())) {
            errors.reject("currentPassword", "Enter your current password.");
        } else if (!passwordEncoder.matches(change.currentPassword(), account.getPasswordHash())) {
            errors.reject("currentPassword", "This is not your current password. Type the password you signed in with.");
        }
        PasswordPolicy.problem(change.newPassword(), account.getUsername())
                .ifPresent(problem -> errors.reject("newPassword", problem));
        if (!errors.has("newPassword") && !errors.has("currentPassword")
                && passwordEncoder.matches(change.newPassword(), account.getPasswordHash())) {
            errors.reject("newPassword", "This is your current password. Choose a new one.");
        }
        if (change.repeatPassword() == null || !change.repeatPassword().equals(change.newPassword())) {
            errors.reject("repeatPassword", "The two new passwords differ. Type the new password again.");
        }
        errors.throwIfAny();
        account.changePasswordHash(passwordEncoder.encode(change.newPassword()));
        audit.record(AuditAction.PASSWORD_CHANGED, account.getUsername(), null, null);
    }
}
