package uk.skillsplan.security.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
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
    private final Clock clock;

    public SignInAttempts(UserAccountRepository accounts, LockoutProperties lockout, Clock clock) {
        this.accounts = accounts;
        this.lockout = lockout;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).trim().toLowerCase(Locale.ROOT);
        Instant now = clock.instant();
        accounts.countFailedSignIn(username, now, now.minus(lockout.duration()), lockout.maxAttempts(),
                now.plus(lockout.duration()));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.recordSuccessfulSignIn(principal.user().userId(), clock.instant());
        }
    }
}
