package uk.skillsplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.authentication.ott.OneTimeTokenService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.OrganisationQuery;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SignIn;

public class PasswordChangeServiceTest extends ServiceTest {

    private static final String PASSWORD = "Quiet-Harbour-42";
    private static final String NEW_PASSWORD = "Lantern-Maple-97";

    @Autowired
    PasswordChangeService passwords;

    @Autowired
    UserAccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AuthenticationConfiguration authenticationConfiguration;

    private UserAccountSummary account;

    @BeforeEach
    void createAccount() {
        signInAs("admin");
        long kirkstall = organisations.search(new OrganisationQuery("Kirkstall Precision", null, null, true),
                Pageable.unpaged()).getFirst().id();
        account = accounts.create(new NewUserAccount("pw." + UUID.randomUUID().toString().substring(0, 8),
                "Password Tester", null, Role.EMPLOYER, kirkstall, PASSWORD));
    }

    @Test
    void a_signed_in_person_changes_their_password_with_the_current_one() throws Exception {
        signInAs(account.username());

        passwords.changeOwnPassword(new OwnPasswordChange(PASSWORD, NEW_PASSWORD, NEW_PASSWORD));

        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        assertThat(manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(account.username(),
                NEW_PASSWORD)).isAuthenticated()).isTrue();
        assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(
                account.username(), PASSWORD))).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_wrong_current_password_is_refused_at_its_field_and_nothing_changes() {
        signInAs(account.username());

        assertThatThrownBy(() -> passwords.changeOwnPassword(new OwnPasswordChange("Not-" + PASSWORD, NEW_PASSWORD,
                NEW_PASSWORD))).isInstanceOfSatisfying(ValidationException.class, problem ->
                assertThat(problem.fieldErrors()).containsOnlyKeys("currentPassword"));
        assertThatThrownBy(() -> passwords.changeOwnPassword(new OwnPasswordChange("", NEW_PASSWORD, NEW_PASSWORD)))
                .isInstanceOfSatisfying(ValidationException.class, problem ->
                        assertThat(problem.fieldErrors()).containsEntry("currentPassword", "Enter your current password."));
    }

    @Test
    void the_new_password_must_pass_the_policy_differ_from_the_old_and_be_typed_twice() {
        signInAs(account.username());

        assertThatThrownBy(() -> passwords.changeOwnPassword(new OwnPasswordChange(PASSWORD, "short-1", "short-1")))
                .isInstanceOfSatisfying(ValidationException.class, problem ->
                        assertThat(problem.fieldErrors()).containsEntry("newPassword", "Use at least 12 characters."));
        assertThatThrownBy(() -> passwords.changeOwnPassword(new OwnPasswordChange(PASSWORD, "x1".repeat(40), "x1".repeat(40))))
                .isInstanceOfSatisfying(ValidationException.class, problem ->
                        assertThat(problem.fieldErrors().get("newPassword")).startsWith("Use at most 72 characters"));
        assertThatThrownBy(() -> passwords.changeOwnPassword(new OwnPasswordChange(PASSWORD, PASSWORD, PASSWORD)))
                .isInstanceOfSatisfying(ValidationException.class, problem ->
                        assertThat(problem.fieldErrors()).containsOnlyKeys("newPassword"));
        assertThatThrownBy(() -> passwords.changeOwnPassword(new OwnPasswordChange(PASSWORD, NEW_PASSWORD, "Lantern-Maple-98")))
                .isInstanceOfSatisfying(ValidationException.class, problem ->
                        assertThat(problem.fieldErrors()).containsOnlyKeys("repeatPassword"));
    }

    @Test
    void nobody_signed_out_can_change_a_password() {
        SignIn.out();

        assertThatThrownBy(() -> passwords.changeOwnPassword(new OwnPasswordChange(PASSWORD, NEW_PASSWORD, NEW_PASSWORD)))
                .isInstanceOf(org.springframework.security.core.AuthenticationException.class);
        assertThat(passwords.mustChangePassword()).isFalse();
    }

    @Test
    void an_administrators_reset_makes_the_person_choose_a_new_password_which_ends_the_requirement() {
        accounts.update(account.id(), new UserAccountChanges(account.displayName(), null, Role.EMPLOYER,
                account.organisationId(), "Reset-Lighthouse-55"));
        assertThat(passwords.mustChangePassword()).as("the administrator themselves").isFalse();

        signInAs(account.username());
        assertThat(passwords.mustChangePassword()).isTrue();

        passwords.changeOwnPassword(new OwnPasswordChange("Reset-Lighthouse-55", NEW_PASSWORD, NEW_PASSWORD));

        assertThat(passwords.mustChangePassword()).isFalse();
    }

    @Test
    void an_administrator_changing_their_own_password_is_not_asked_to_change_it_again() {
        signInAs("admin");
        long adminId = accounts.search(new UserQuery("admin", Role.ADMIN, null, false), Pageable.unpaged())
                .stream().filter(a -> a.username().equals("admin")).findFirst().orElseThrow().id();
        UserAccountSummary admin = accounts.get(adminId);
        // the demo password, unchanged, so that other tests can still sign in as admin
        accounts.update(adminId, new UserAccountChanges(admin.displayName(), admin.email(), Role.ADMIN, null,
                "Skills-Demo-2026"));

        assertThat(passwords.mustChangePassword()).isFalse();
    }

    @Autowired
    SignInLinks links;

    @Autowired
    OneTimeTokenService tokens;

    /** Signs in with a personal link, as an invited person does: the link makes the account, with a random password. */
    public static String signInWithALink(SignInLinks links, OneTimeTokenService tokens, long organisationId) {
        String email = "linked." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String token = links.issue(new LinkRequest(email, "Linked Person", organisationId, Role.EMPLOYER, "test", "/",
                Duration.ofHours(1)));
        return tokens.consume(OneTimeTokenAuthenticationToken.unauthenticated(token)).getUsername();
    }

    @Test
    void a_person_who_signed_in_with_a_link_sets_a_password_without_a_current_one_and_then_signs_in_with_it()
            throws Exception {
        String username = signInWithALink(links, tokens, account.organisationId());
        signInAs(username);
        assertThat(passwords.hasOwnPassword()).isFalse();

        assertThatThrownBy(() -> passwords.setFirstPassword("short", "short"))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("newPassword"));
        passwords.setFirstPassword(NEW_PASSWORD, NEW_PASSWORD);

        assertThat(passwords.hasOwnPassword()).isTrue();
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        assertThat(manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, NEW_PASSWORD))
                .isAuthenticated()).isTrue();
        assertThatThrownBy(() -> passwords.setFirstPassword(PASSWORD, PASSWORD))
                .as("once set, changing it needs the current one").isInstanceOf(ValidationException.class);
    }

    @Test
    void a_person_with_a_password_cannot_set_one_without_the_current_one() {
        signInAs(account.username());
        assertThat(passwords.hasOwnPassword()).isTrue();

        assertThatThrownBy(() -> passwords.setFirstPassword(NEW_PASSWORD, NEW_PASSWORD))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsKey("currentPassword"));
    }
}
