package uk.skillsplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import uk.skillsplan.security.domain.UserAccount;

/** The lockout state machine on the account itself: no Spring, no database. */
class LockoutTest {

    private static final int MAX_ATTEMPTS = 5;
    private static final Duration LOCK_FOR = Duration.ofMinutes(15);
    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final UserAccount account = new UserAccount("lockout", "Lockout Tester", null, "{noop}x", Role.EMPLOYER,
            1L, false, NOW);

    @Test
    void four_failures_do_not_lock_the_account() {
        fail(4, NOW);

        assertThat(account.isLocked(NOW)).isFalse();
        assertThat(account.getFailedAttempts()).isEqualTo(4);
    }

    @Test
    void the_fifth_failure_locks_the_account_for_the_configured_time() {
        fail(5, NOW);

        assertThat(account.getLockedUntil()).isEqualTo(NOW.plus(LOCK_FOR));
        assertThat(account.isLocked(NOW)).isTrue();
        assertThat(account.isLocked(NOW.plus(LOCK_FOR).minusSeconds(1))).isTrue();
    }

    @Test
    void the_lock_ends_when_the_time_is_up() {
        fail(5, NOW);

        assertThat(account.isLocked(NOW.plus(LOCK_FOR))).isFalse();
    }

    @Test
    void after_the_lock_ends_a_new_failure_starts_a_new_count() {
        fail(5, NOW);
        Instant later = NOW.plus(LOCK_FOR);

        fail(1, later);

        assertThat(account.getFailedAttempts()).isEqualTo(1);
        assertThat(account.getLockedUntil()).isNull();
        assertThat(account.isLocked(later)).isFalse();

        fail(4, later);
        assertThat(account.isLocked(later)).isTrue();
    }

    @Test
    void a_successful_sign_in_resets_the_count() {
        fail(4, NOW);

        account.recordSuccessfulSignIn(NOW.plusSeconds(10));
        fail(4, NOW.plusSeconds(20));

        assertThat(account.isLocked(NOW.plusSeconds(20))).isFalse();
        assertThat(account.getFailedAttempts()).isEqualTo(4);
        assertThat(account.getLastLoginAt()).isEqualTo(NOW.plusSeconds(10));
    }

    @Test
    void unlocking_clears_the_lock_and_the_count() {
        fail(5, NOW);

        account.unlock();

        assertThat(account.isLocked(NOW)).isFalse();
        assertThat(account.getFailedAttempts()).isZero();
    }

    @Test
    void a_limit_of_one_locks_at_the_first_failure() {
        account.recordFailedSignIn(NOW, 1, LOCK_FOR);

        assertThat(account.isLocked(NOW)).isTrue();
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

    private void fail(int times, Instant at) {
        for (int i = 0; i < times; i++) {
            account.recordFailedSignIn(at, MAX_ATTEMPTS, LOCK_FOR);
        }
    }
}
