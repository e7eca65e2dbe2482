package uk.skillsplan.security.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.skillsplan.security.AuditAction;
import uk.skillsplan.security.AuditTrail;
import uk.skillsplan.security.domain.UserAccountRepository;

/**
 * Counts failed sign-ins per account and locks the account when the configured limit is reached.
 * The count lives in one SQL update (see {@link UserAccountRepository#countFailedSignIn}), so that
 * twenty parallel guesses lock the account after exactly the limit. Failures expire after the lockout
 * duration, and so does the lock: nobody can lock a person out for good, only for one lock at a time.
 */
@Component
public class SignInAttempts {

    private final UserAccountRepository accounts;
    private final LockoutProperties lockout;
    private final AuditTrail audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public SignInAttempts(UserAccountRepository accounts, LockoutProperties lockout, AuditTrail audit,
                          PlatformTransactionManager transactionManager, Clock clock) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.audit = audit;
        this.accounts = accounts;
        this.lockout = lockout;
        this.clock = clock;
    }

    /**
     * Counts the failure in a short transaction of its own (parallel failures queue on the account's
     * row only for that statement), then records it in the audit trail after that commit.
     */
    @EventListener
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).trim().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        Integer counted = transactions.execute(status -> accounts.countFailedSignIn(username, now,
                now.minus(lockout.duration()), lockout.maxAttempts(), now.plus(lockout.duration())));
        audit.recordSignIn(AuditAction.SIGN_IN_FAILED, null, username, null);
        if (counted != null && counted > 0 && Boolean.TRUE.equals(transactions.execute(status ->
                accounts.findByUsername(username).filter(account -> account.isLocked(now)).isPresent()))) {
            audit.recordSignIn(AuditAction.ACCOUNT_LOCKED, null, username, "after " + lockout.maxAttempts()
                    + " failed sign-ins, for " + lockout.duration().toMinutes() + " minutes");
        }
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            transactions.executeWithoutResult(status -> accounts.recordSuccessfulSignIn(principal.user().userId(),
                    clock.instant()));
            audit.recordSignIn(AuditAction.SIGN_IN, principal.user().userId(), principal.user().username(), null);
        }
    }
}
