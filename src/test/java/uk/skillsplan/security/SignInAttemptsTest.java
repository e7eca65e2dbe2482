package uk.skillsplan.security;

import uk.skillsplan.security.signin.LockoutProperties;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import uk.skillsplan.directory.OrganisationQuery;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.testing.ServiceTest;

/**
 * Failed and successful sign-ins, as Spring Security announces them, counted against the account.
 * Each test uses an account of its own, so the demo accounts are never locked.
 */
class SignInAttemptsTest extends ServiceTest {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    UserAccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    LockoutProperties lockout;

    private UserAccountSummary account;

    @BeforeEach
    void createAccount() {
        signInAs("admin");
        long kirkstall = organisations.search(new OrganisationQuery("Kirkstall Precision", null, null, true),
                Pageable.unpaged()).getFirst().id();
        account = accounts.create(new NewUserAccount("lockout." + UUID.randomUUID().toString().substring(0, 8),
                "Lockout Tester", null, Role.EMPLOYER, kirkstall, "Quiet-Harbour-42"));
    }

    @Test
    void four_failed_sign_ins_do_not_lock_the_account() {
        failSignIn(account.username(), 4);

        assertThat(accounts.get(account.id()).locked()).isFalse();
        assertThat(userDetailsService.loadUserByUsername(account.username()).isAccountNonLocked()).isTrue();
    }

    @Test
    void the_fifth_failed_sign_in_locks_the_account_until_an_administrator_unlocks_it() {
        failSignIn(account.username(), 5);

        assertThat(accounts.get(account.id()).locked()).isTrue();
        assertThat(userDetailsService.loadUserByUsername(account.username()).isAccountNonLocked()).isFalse();

        accounts.unlock(account.id());

        assertThat(accounts.get(account.id()).locked()).isFalse();
        assertThat(userDetailsService.loadUserByUsername(account.username()).isAccountNonLocked()).isTrue();
    }

    @Test
    void a_locked_account_opens_again_by_itself_when_the_lock_runs_out() {
        failSignIn(account.username(), 5);

        clock.advance(lockout.duration().minusSeconds(1));
        assertThat(userDetailsService.loadUserByUsername(account.username()).isAccountNonLocked()).isFalse();

        clock.advance(Duration.ofSeconds(1));
        assertThat(accounts.get(account.id()).locked()).isFalse();
        assertThat(userDetailsService.loadUserByUsername(account.username()).isAccountNonLocked()).isTrue();
    }

    @Test
    void failures_count_whatever_case_and_spaces_the_username_was_typed_with() {
        failSignIn(" " + account.username().toUpperCase() + " ", 5);

        assertThat(accounts.get(account.id()).locked()).isTrue();
    }

    @Test
    void a_successful_sign_in_starts_the_count_again_and_is_remembered() {
        failSignIn(account.username(), 4);

        UserDetails user = userDetailsService.loadUserByUsername(account.username());
        events.publishEvent(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities())));
        failSignIn(account.username(), 4);

        UserAccountSummary after = accounts.get(account.id());
        assertThat(after.locked()).isFalse();
        assertThat(after.lastLoginAt()).isNotNull();
    }

    @Test
    void failures_for_an_unknown_username_are_ignored() {
        failSignIn("nobody-" + UUID.randomUUID(), 6);

        assertThat(accounts.get(account.id()).locked()).isFalse();
    }

    private void failSignIn(String typedUsername, int times) {
        for (int i = 0; i < times; i++) {
            events.publishEvent(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(typedUsername, "wrong password"),
                    new BadCredentialsException("Bad credentials")));
        }
    }
}
