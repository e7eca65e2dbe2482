package uk.skillsplan.security;

import uk.skillsplan.security.signin.LockoutProperties;
import uk.skillsplan.security.signin.SignInAttempts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.transaction.support.TransactionTemplate;
import uk.skillsplan.directory.OrganisationQuery;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.security.domain.UserAccount;
import uk.skillsplan.security.domain.UserAccountRepository;
import uk.skillsplan.testing.ServiceTest;

/**
 * The lockout rule as the database applies it (one SQL update per failure), driven through a clock
 * the test moves: how many failures lock, for how long, and when old failures stop counting.
 */
class LockoutTest extends ServiceTest {

    private static final int MAX_ATTEMPTS = 5;
    private static final Duration LOCK_FOR = Duration.ofMinutes(15);
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    @Autowired
    AuditTrail audit;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactionManager;
    @Autowired
    UserAccountRepository repository;

    @Autowired
    UserAccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TransactionTemplate transactions;

    private final MovableClock clock = new MovableClock(NOW);
    private SignInAttempts attempts;
    private String username;

    @BeforeEach
    void createAccount() {
        attempts = new SignInAttempts(repository, new LockoutProperties(MAX_ATTEMPTS, LOCK_FOR), audit, transactionManager, clock);
        signInAs("admin");
        long kirkstall = organisations.search(new OrganisationQuery("Kirkstall Precision", null, null, true),
                Pageable.unpaged()).getFirst().id();
        username = "lockout." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUserAccount(username, "Lockout Tester", null, Role.EMPLOYER, kirkstall,
                "Quiet-Harbour-42"));
    }

    @Test
    void four_failures_do_not_lock_the_account() {
        fail(4);

        assertThat(account().isLocked(NOW)).isFalse();
        assertThat(account().getFailedAttempts()).isEqualTo(4);
    }

    @Test
    void the_fifth_failure_locks_the_account_for_the_configured_time() {
        fail(5);

        assertThat(account().getLockedUntil()).isEqualTo(NOW.plus(LOCK_FOR));
        assertThat(account().isLocked(NOW)).isTrue();
        assertThat(account().isLocked(NOW.plus(LOCK_FOR).minusSeconds(1))).isTrue();
    }

    @Test
    void the_lock_ends_when_the_time_is_up() {
        fail(5);

        assertThat(account().isLocked(NOW.plus(LOCK_FOR))).isFalse();
    }

    @Test
    void failures_while_locked_neither_count_nor_extend_the_lock() {
        fail(5);
        clock.advance(Duration.ofMinutes(10));

        fail(20);

        assertThat(account().getLockedUntil()).isEqualTo(NOW.plus(LOCK_FOR));
        assertThat(account().getFailedAttempts()).isEqualTo(5);
    }

    @Test
    void after_the_lock_ends_a_new_failure_starts_a_new_count() {
        fail(5);
        clock.advance(LOCK_FOR);

        fail(1);

        assertThat(account().getFailedAttempts()).isEqualTo(1);
        assertThat(account().getLockedUntil()).isNull();
        assertThat(account().isLocked(clock.instant())).isFalse();

        fail(4);
        assertThat(account().isLocked(clock.instant())).isTrue();
    }

    @Test
    void failures_older_than_the_lockout_duration_no_longer_count() {
        fail(4);
        clock.advance(Duration.ofDays(90));

        fail(1);

        assertThat(account().getFailedAttempts()).isEqualTo(1);
        assertThat(account().isLocked(clock.instant())).isFalse();
    }

    @Test
    void failures_within_the_lockout_duration_of_each_other_add_up() {
        fail(4);
        clock.advance(LOCK_FOR.minusMinutes(1));

        fail(1);

        assertThat(account().isLocked(clock.instant())).isTrue();
    }

    @Test
    void a_successful_sign_in_resets_the_count() {
        fail(4);
        clock.advance(Duration.ofSeconds(10));
        UserDetails user = userDetailsService.loadUserByUsername(username);
        transactions.executeWithoutResult(status -> attempts.onSuccess(new AuthenticationSuccessEvent(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()))));
        clock.advance(Duration.ofSeconds(10));

        fail(4);

        assertThat(account().isLocked(clock.instant())).isFalse();
        assertThat(account().getFailedAttempts()).isEqualTo(4);
        assertThat(account().getLastLoginAt()).isEqualTo(NOW.plusSeconds(10));
    }

    @Test
    void unlocking_clears_the_lock_and_the_count() {
        fail(5);

        accounts.unlock(account().getId());

        assertThat(account().isLocked(NOW)).isFalse();
        assertThat(account().getFailedAttempts()).isZero();
    }

    @Test
    void a_limit_of_one_locks_at_the_first_failure() {
        attempts = new SignInAttempts(repository, new LockoutProperties(1, LOCK_FOR), audit, transactionManager, clock);

        fail(1);

        assertThat(account().isLocked(NOW)).isTrue();
    }

    @Test
    void the_lockout_settings_refuse_nonsense() {
        assertThatThrownBy(() -> new LockoutProperties(0, LOCK_FOR)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max-attempts");
        assertThatThrownBy(() -> new LockoutProperties(5, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("duration");
        assertThatThrownBy(() -> new LockoutProperties(5, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new LockoutProperties(5, LOCK_FOR).minutes()).isEqualTo(15);
    }

    private UserAccount account() {
        return repository.findByUsername(username).orElseThrow();
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            transactions.executeWithoutResult(status -> attempts.onFailure(new AuthenticationFailureBadCredentialsEvent(
                    UsernamePasswordAuthenticationToken.unauthenticated(username, "wrong password"),
                    new BadCredentialsException("Bad credentials"))));
        }
    }

    /** A clock the test moves forward; the application's own clock is not touched. */
    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
