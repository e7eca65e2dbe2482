package uk.skillsplan.security;

import java.time.Clock;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.security.domain.UserAccountRepository;

/** Counts failed sign-ins per account and locks the account when the configured limit is reached. */
@Component
class SignInAttempts {

    private final UserAccountRepository accounts;
    private final LockoutProperties lockout;
    private final Clock clock;

    SignInAttempts(UserAccountRepository accounts, LockoutProperties lockout, Clock clock) {
        this.accounts = accounts;
        this.lockout = lockout;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal()).trim().toLowerCase(Locale.ROOT);
        accounts.findByUsername(username).ifPresent(account ->
                account.recordFailedSignIn(clock.instant(), lockout.maxAttempts(), lockout.duration()));
    }

    @EventListener
    @Transactional
    public void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.findById(principal.user().userId()).ifPresent(account -> account.recordSuccessfulSignIn(clock.instant()));
        }
    }
}
