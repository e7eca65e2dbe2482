package uk.skillsplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.OrganisationDraft;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationQuery;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.testing.ServiceTest;

class UserAccountServiceTest extends ServiceTest {

    private static final String GOOD_PASSWORD = "Quiet-Harbour-42";

    @Autowired
    UserAccountService accounts;

    @Autowired
    OrganisationService organisations;

    @Autowired
    CurrentUserService currentUser;

    @Autowired
    PasswordEncoder passwordEncoder;

    private long kirkstall;
    private long aireValleyCollege;

    @BeforeEach
    void findDemoOrganisations() {
        signInAs("admin");
        kirkstall = organisationNamed("Kirkstall Precision Engineering");
        aireValleyCollege = organisationNamed("Aire Valley College");
    }

    @ParameterizedTest
    @ValueSource(strings = {"employer", "provider", "council", "erb"})
    void only_an_administrator_may_list_create_or_change_accounts(String username) {
        long someone = accounts.search(new UserQuery("employer2", null, null, true), Pageable.unpaged()).getFirst().id();
        signInAs(username);

        assertRefused(() -> accounts.search(UserQuery.all(), Pageable.unpaged()));
        assertRefused(() -> accounts.count(UserQuery.all()));
        assertRefused(() -> accounts.get(someone));
        assertRefused(() -> accounts.create(employerAccount(unique("refused"), GOOD_PASSWORD)));
        assertRefused(() -> accounts.update(someone, new UserAccountChanges("Dan Hughes", null, Role.ADMIN, null, null)));
        assertRefused(() -> accounts.setActive(someone, false));
        assertRefused(() -> accounts.unlock(someone));
    }

    @Test
    void nobody_may_manage_accounts_without_signing_in() {
        signOut();

        assertThatThrownBy(() -> accounts.search(UserQuery.all(), Pageable.unpaged()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accounts.create(employerAccount(unique("anonymous"), GOOD_PASSWORD)))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void an_administrator_creates_an_account_that_can_sign_in() {
        String username = unique("new.person");

        UserAccountSummary created = accounts.create(new NewUserAccount("  " + username.toUpperCase() + " ", " Ravi Patel ",
                " ravi@example.org ", Role.EMPLOYER, kirkstall, GOOD_PASSWORD));

        assertThat(created.username()).isEqualTo(username);
        assertThat(created.displayName()).isEqualTo("Ravi Patel");
        assertThat(created.email()).isEqualTo("ravi@example.org");
        assertThat(created.organisationId()).isEqualTo(kirkstall);
        assertThat(created.active()).isTrue();
        assertThat(created.locked()).isFalse();
        UserDetails signIn = userDetailsService.loadUserByUsername(username);
        assertThat(passwordEncoder.matches(GOOD_PASSWORD, signIn.getPassword())).isTrue();
        assertThat(signIn.getPassword()).doesNotContain(GOOD_PASSWORD);
        assertThat(signIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_EMPLOYER");
    }

    @Test
    void a_taken_username_is_refused_whatever_its_case_and_nothing_is_saved() {
        int before = accounts.count(UserQuery.all());

        Map<String, String> errors = refused(() -> accounts.create(employerAccount("EMPLOYER", GOOD_PASSWORD)));

        assertThat(errors).containsEntry("username", "The username \"employer\" is taken. Choose another one.");
        assertThat(accounts.count(UserQuery.all())).isEqualTo(before);
    }

    @Test
    void a_username_with_spaces_is_refused() {
        Map<String, String> errors = refused(() -> accounts.create(employerAccount("two words", GOOD_PASSWORD)));

        assertThat(errors).containsEntry("username",
                "Use 3 to 60 characters: lower-case letters, digits, dots, dashes, underscores or @.");
    }

    @Test
    void a_weak_password_is_refused_and_nothing_is_saved() {
        int before = accounts.count(UserQuery.all());

        Map<String, String> errors = refused(() -> accounts.create(employerAccount(unique("weak"), "short-1")));

        assertThat(errors).containsOnlyKeys("password").containsEntry("password", "Use at least 12 characters.");
        assertThat(accounts.count(UserQuery.all())).isEqualTo(before);
    }

    @Test
    void a_password_containing_the_username_is_refused() {
        String username = unique("harbour");

        Map<String, String> errors = refused(() -> accounts.create(employerAccount(username, username + "-42!")));

        assertThat(errors).containsEntry("password", "Do not include the username in the password.");
    }

    @Test
    void everyone_but_an_administrator_must_belong_to_an_organisation() {
        Map<String, String> errors = refused(() -> accounts.create(new NewUserAccount(unique("council"), "No Place",
                null, Role.COUNCIL, null, GOOD_PASSWORD)));

        assertThat(errors).containsEntry("organisationId", "Choose the organisation this person belongs to.");
    }

    @Test
    void an_administrator_account_needs_no_organisation() {
        UserAccountSummary created = accounts.create(new NewUserAccount(unique("second.admin"), "Second Admin", null,
                Role.ADMIN, null, GOOD_PASSWORD));

        assertThat(created.role()).isEqualTo(Role.ADMIN);
        assertThat(created.organisationId()).isNull();
    }

    @Test
    void an_account_must_belong_to_an_organisation_of_the_kind_its_role_serves() {
        int before = accounts.count(UserQuery.all());

        Map<String, String> errors = refused(() -> accounts.create(new NewUserAccount(unique("mismatch"), "Wrong Place",
                null, Role.EMPLOYER, aireValleyCollege, GOOD_PASSWORD)));

        assertThat(errors).containsOnlyKeys("organisationId");
        assertThat(errors.get("organisationId")).startsWith("An account with the role \"Employer\" must belong to an "
                + "organisation of kind \"Employer\"; Aire Valley College is of kind \"College or training provider\".");
        assertThat(accounts.count(UserQuery.all())).isEqualTo(before);
    }

    @Test
    void an_account_cannot_join_a_deactivated_organisation() {
        long closed = organisations.create(new OrganisationDraft(OrganisationKind.EMPLOYER, "Closed Works " + UUID.randomUUID(),
                "E08000035", "C", uk.skillsplan.directory.SizeBand.MICRO, null)).id();
        organisations.setActive(closed, false);

        Map<String, String> errors = refused(() -> accounts.create(new NewUserAccount(unique("late"), "Too Late",
                null, Role.EMPLOYER, closed, GOOD_PASSWORD)));

        assertThat(errors.get("organisationId")).contains("is deactivated");
    }

    @Test
    void every_problem_is_reported_at_once() {
        Map<String, String> errors = refused(() -> accounts.create(new NewUserAccount("", " ", "not-an-email", null,
                null, "")));

        assertThat(errors).containsOnlyKeys("username", "displayName", "email", "role", "password");
    }

    @Test
    void an_update_with_an_invalid_new_password_changes_nothing() {
        UserAccountSummary account = accounts.create(employerAccount(unique("keeps"), GOOD_PASSWORD));

        Map<String, String> errors = refused(() -> accounts.update(account.id(),
                new UserAccountChanges("Changed Name", "changed@example.org", Role.EMPLOYER, kirkstall, "weak")));

        assertThat(errors).containsOnlyKeys("password");
        UserAccountSummary after = accounts.get(account.id());
        assertThat(after.displayName()).isEqualTo(account.displayName());
        assertThat(after.email()).isEqualTo(account.email());
        assertThat(passwordEncoder.matches(GOOD_PASSWORD,
                userDetailsService.loadUserByUsername(account.username()).getPassword())).isTrue();
    }

    @Test
    void an_update_with_a_good_new_password_replaces_the_old_one() {
        UserAccountSummary account = accounts.create(employerAccount(unique("renews"), GOOD_PASSWORD));

        accounts.update(account.id(), new UserAccountChanges("Renewed Name", null, Role.EMPLOYER, kirkstall,
                "Brand-New-Lantern-7"));

        String hash = userDetailsService.loadUserByUsername(account.username()).getPassword();
        assertThat(passwordEncoder.matches("Brand-New-Lantern-7", hash)).isTrue();
        assertThat(passwordEncoder.matches(GOOD_PASSWORD, hash)).isFalse();
        assertThat(accounts.get(account.id()).displayName()).isEqualTo("Renewed Name");
    }

    @Test
    void an_update_without_a_new_password_keeps_the_old_one() {
        UserAccountSummary account = accounts.create(employerAccount(unique("same.password"), GOOD_PASSWORD));

        accounts.update(account.id(), new UserAccountChanges("Same Password", null, Role.EMPLOYER, kirkstall, ""));

        assertThat(passwordEncoder.matches(GOOD_PASSWORD,
                userDetailsService.loadUserByUsername(account.username()).getPassword())).isTrue();
    }

    @Test
    void an_administrator_cannot_deactivate_their_own_account() {
        long me = currentUser.require().userId();
        try {
            ValidationException problem = catchThrowableOfType(ValidationException.class, () -> accounts.setActive(me, false));

            assertThat(problem).isNotNull();
            assertThat(problem.fieldErrors()).containsEntry(ValidationException.FORM, "You cannot deactivate your own account.");
            assertThat(accounts.get(me).active()).isTrue();
        } finally {
            if (!accounts.get(me).active()) {
                accounts.setActive(me, true); // keep the shared demo account usable for the other tests
            }
        }
    }

    @Test
    void an_administrator_cannot_take_the_administrator_role_from_themselves() {
        long me = currentUser.require().userId();

        Map<String, String> errors = refused(() -> accounts.update(me,
                new UserAccountChanges("Alex Morgan", null, Role.EMPLOYER, kirkstall, null)));

        assertThat(errors).containsEntry("role", "You cannot take the administrator role away from your own account.");
        assertThat(accounts.get(me).role()).isEqualTo(Role.ADMIN);
    }

    @Test
    void a_deactivated_account_cannot_sign_in_and_is_hidden_from_the_default_list() {
        UserAccountSummary account = accounts.create(employerAccount(unique("leaver"), GOOD_PASSWORD));

        accounts.setActive(account.id(), false);

        assertThat(userDetailsService.loadUserByUsername(account.username()).isEnabled()).isFalse();
        assertThat(accounts.search(new UserQuery(account.username(), null, null, false), Pageable.unpaged())).isEmpty();
        assertThat(accounts.search(new UserQuery(account.username(), null, null, true), Pageable.unpaged()))
                .singleElement().satisfies(found -> assertThat(found.active()).isFalse());

        accounts.setActive(account.id(), true);
        assertThat(userDetailsService.loadUserByUsername(account.username()).isEnabled()).isTrue();
    }

    private NewUserAccount employerAccount(String username, String password) {
        return new NewUserAccount(username, "Test Person", null, Role.EMPLOYER, kirkstall, password);
    }

    private long organisationNamed(String name) {
        return organisations.search(new OrganisationQuery(name, null, null, true), Pageable.unpaged()).stream()
                .filter(o -> o.name().equals(name)).findFirst().orElseThrow().id();
    }

    private static void assertRefused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }

    private static Map<String, String> refused(ThrowingCallable call) {
        ValidationException problem = catchThrowableOfType(ValidationException.class, call);
        assertThat(problem).as("a ValidationException").isNotNull();
        return problem.fieldErrors();
    }

    private static void signOut() {
        uk.skillsplan.testing.SignIn.out();
    }

    private static String unique(String prefix) {
        return prefix.toLowerCase().replace(' ', '.') + "." + UUID.randomUUID().toString().substring(0, 8);
    }
}
