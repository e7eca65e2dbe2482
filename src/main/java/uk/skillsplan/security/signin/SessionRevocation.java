package uk.skillsplan.security.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.security.domain.AccessState;
import uk.skillsplan.security.domain.UserAccountRepository;

/**
 * Decides whether a signed-in session may go on. It is asked on every request, so that a change to
 * someone's access (deactivation, a new role or organisation, a password reset, their
 * organisation's deactivation - each moves the account's security version on) takes effect on
 * their next request in every tab, and a session ends once idle or old.
 */
@Component
class SessionRevocation {

    private final UserAccountRepository accounts;
    private final SessionProperties settings;
    private final Clock clock;

    SessionRevocation(UserAccountRepository accounts, SessionProperties settings, Clock clock) {
        this.accounts = accounts;
        this.settings = settings;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /**
     * Why the session must end, or empty if it may go on.
     *
     * @param lastActive the time of the session's last request from the person, or {@code null} if none since sign-in
     */
    @Transactional(readOnly = true)
    Optional<String> reasonToEnd(AccountPrincipal principal, Instant lastActive, Instant now) {
        if (!now.isBefore(principal.signedInAt().plus(settings.absoluteLifetime()))) {
            return Optional.of("signed in longer than " + settings.absoluteLifetime());
        }
        Instant active = lastActive == null ? principal.signedInAt() : lastActive;
        if (!now.isBefore(active.plus(settings.idleTimeout()))) {
            return Optional.of("idle longer than " + settings.idleTimeout());
        }
        Optional<AccessState> state = accounts.findAccessState(principal.user().userId());
        if (state.isEmpty()) {
            return Optional.of("the account no longer exists");
        }
        if (!state.get().active()) {
            return Optional.of("the account is deactivated");
        }
        if (state.get().securityVersion() != principal.securityVersion()) {
            return Optional.of("the account's access changed");
        }
        return Optional.empty();
    }
}
