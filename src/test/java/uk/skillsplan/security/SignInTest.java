package uk.skillsplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.OrganisationQuery;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.security.domain.UserAccountRepository;
import uk.skillsplan.testing.ServiceTest;

/**
 * Sign-in through the application's real authentication manager (the one the login form posts to):
 * user lookup, bcrypt, account checks, failure events and the lockout count in the database.
 */
class SignInTest extends ServiceTest {

    private static final String PASSWORD = "Quiet-Harbour-42";

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    @Autowired
    UserAccountService accounts;

    @Autowired
    UserAccountRepository repository;

    @Autowired
    OrganisationService organisations;

    private AuthenticationManager authenticationManager;
    private long organisationId;

    @BeforeEach
    void setUp() throws Exception {
        authenticationManager = authenticationConfiguration.getAuthenticationManager();
        signInAs("admin");
        organisationId = organisations.search(new OrganisationQuery("Kirkstall Precision", null, null, true),
                Pageable.unpaged()).getFirst().id();
    }

    @Test
    void twenty_parallel_wrong_passwords_lock_the_account_after_exactly_five_with_no_other_error() throws Exception {
        String username = newAccount();
        int threads = 20;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Throwable>> results = new ArrayList<>();
        try {
            for (int i = 0; i < threads; i++) {
                String guess = "Wrong-Guess-" + i + "-xyz";
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        authenticate(username, guess);
                        return null;
                    } catch (Throwable failure) {
                        return failure;
                    }
                }));
            }
            start.countDown();
            for (Future<Throwable> result : results) {
                assertThat(result.get()).isExactlyInstanceOf(BadCredentialsException.class);
            }
        } finally {
            pool.shutdownNow();
        }

        var account = repository.findByUsername(username).orElseThrow();
        assertThat(account.getFailedAttempts()).isEqualTo(5);
        assertThat(account.getLockedUntil()).isNotNull();
        assertThatThrownBy(() -> authenticate(username, PASSWORD)).isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void unknown_locked_deactivated_and_wrong_password_all_fail_with_the_same_answer() {
        String locked = newAccount();
        lock(locked);
        String deactivated = newAccount();
        accounts.setActive(repository.findByUsername(deactivated).orElseThrow().getId(), false);
        String wrong = newAccount();

        List<Throwable> failures = List.of(
                failure(() -> authenticate("nobody-" + UUID.randomUUID(), PASSWORD)),
                failure(() -> authenticate(locked, PASSWORD)),
                failure(() -> authenticate(deactivated, PASSWORD)),
                failure(() -> authenticate(wrong, "Not-" + PASSWORD)));

        assertThat(failures).allSatisfy(failure -> {
            assertThat(failure).isExactlyInstanceOf(BadCredentialsException.class);
            assertThat(failure.getMessage()).isEqualTo(failures.getFirst().getMessage());
        });
    }

    @Test
    void the_right_password_still_signs_in_an_account_in_good_standing() {
        String username = newAccount();

        assertThat(authenticate(username, PASSWORD).isAuthenticated()).isTrue();
    }

    /**
     * Every kind of failure costs one bcrypt match: refusing a locked or deactivated account (or an
     * unknown name) at once would tell a stranger which it is by the time taken. The fastest of
     * a few tries of each is compared, so that a busy machine cannot make a slow one look fast.
     */
    @Test
    void unknown_locked_and_deactivated_accounts_take_about_as_long_as_a_wrong_password() {
        String locked = newAccount();
        lock(locked);
        String deactivated = newAccount();
        accounts.setActive(repository.findByUsername(deactivated).orElseThrow().getId(), false);
        String wrong = newAccount();
        failure(() -> authenticate(wrong, "warm-up")); // first bcrypt use

        long wrongPassword = fastest(() -> failure(() -> authenticate(wrong, "Not-" + PASSWORD)));

        assertThat(fastest(() -> failure(() -> authenticate("nobody-" + UUID.randomUUID(), PASSWORD))))
                .as("unknown username").isGreaterThan(wrongPassword / 3);
        assertThat(fastest(() -> failure(() -> authenticate(locked, PASSWORD))))
                .as("locked account").isGreaterThan(wrongPassword / 3);
        assertThat(fastest(() -> failure(() -> authenticate(deactivated, PASSWORD))))
                .as("deactivated account").isGreaterThan(wrongPassword / 3);
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_refused_as_bad_credentials_not_an_error() {
        String username = newAccount();

        assertThatThrownBy(() -> authenticate(username, PASSWORD + "x".repeat(200)))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> authenticate("nobody-" + UUID.randomUUID(), "é".repeat(100)))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    @Test
    void an_overlong_password_set_by_an_administrator_is_refused_next_to_the_field_not_with_a_crash() {
        String username = newAccount();
        long id = repository.findByUsername(username).orElseThrow().getId();

        assertThatThrownBy(() -> accounts.update(id, new UserAccountChanges("Sign-in Tester", null, Role.EMPLOYER,
                organisationId, "Harbour-42-".repeat(10))))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("password: Use at most 72 characters");
    }

    private Authentication authenticate(String username, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private String newAccount() {
        String username = "signin." + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUserAccount(username, "Sign-in Tester", null, Role.EMPLOYER, organisationId, PASSWORD));
        return username;
    }

    private void lock(String username) {
        for (int i = 0; i < 5; i++) {
            String guess = "Wrong-Guess-" + i;
            failure(() -> authenticate(username, guess));
        }
        assertThat(accounts.get(repository.findByUsername(username).orElseThrow().getId()).locked()).isTrue();
    }

    private static Throwable failure(Supplier<?> attempt) {
        try {
            attempt.get();
            return null;
        } catch (Throwable failure) {
            return failure;
        }
    }

    private static long fastest(Runnable attempt) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            attempt.run();
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }
}
