package uk.skillsplan.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationQuery;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.testing.Axe;
import uk.skillsplan.testing.BrowserTest;
import uk.skillsplan.testing.SignIn;

/** Signing in and out in a real browser: every demo role, wrong passwords, lockout, error pages. */
class SignInJourneyTest extends BrowserTest {

    private static final String DEMO_PASSWORD = "Skills-Demo-2026";
    private static final Pattern LOGIN_URL = Pattern.compile(".*/login(\\?.*)?$");
    private static final Pattern HOME_URL = Pattern.compile("^http://localhost:\\d+/?$");

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    UserAccountService userAccounts;

    @Autowired
    OrganisationService organisations;

    @Test
    void loginPageIsAccessible() {
        open("/login");
        assertThat(page).hasTitle("Log in | SkillsPlan");
        assertThat(username()).isVisible();
        screenshot("login");
        Axe.assertNoSeriousViolations(page, "login page");
    }

    @ParameterizedTest(name = "{0} signs in, sees the home page and signs out")
    @CsvSource({
            "employer, Priya Shah",
            "provider, Tom Okafor",
            "council,  Helen Brook",
            "erb,      Sam Whitaker",
            "admin,    Alex Morgan"})
    void eachRoleSignsInAndOut(String role, String displayName) {
        open("/login");
        signIn(role, DEMO_PASSWORD);

        assertThat(page).hasURL(HOME_URL);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Welcome, " + displayName).setLevel(1))).isVisible();
        screenshot("home-" + role);
        Axe.assertNoSeriousViolations(page, "home page of " + role);

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out")).click();
        assertThat(page).hasURL(LOGIN_URL);
        assertThat(username()).isVisible();
        // Signed out for real: the home page now sends us back to the login page.
        open("/");
        assertThat(page).hasURL(LOGIN_URL);
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        open("/login");
        signIn("employer2", "Not-The-Password-1");

        assertThat(page).hasURL(LOGIN_URL);
        assertThat(page.getByText("Incorrect username or password", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(username()).isVisible();
        screenshot("login-wrong-password");
    }

    @Test
    void lockedAccountStaysLockedEvenWithTheRightPasswordAndSaysNoMoreThanForAWrongOne() {
        String username = "e2e.lock." + UUID.randomUUID().toString().substring(0, 8);
        String password = "Correct-Horse-7-Battery";
        createEmployerAccount(username, password);

        open("/login");
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn(username, "Wrong-Guess-" + attempt + "-xyz");
            assertThat(page).hasURL(LOGIN_URL);
        }
        signIn(username, password);

        assertThat(page).hasURL(LOGIN_URL);
        // The same answer as for a wrong password: a stranger must not learn that the account exists and is locked.
        assertThat(page.getByText("Incorrect username or password", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
        assertThat(page.getByText(Pattern.compile("locked for 15 minutes"))).isVisible();
        screenshot("login-locked");
        assertThat(page.getByText("Account locked", new Page.GetByTextOptions().setExact(true))).hasCount(0);
        open("/");
        assertThat(page).hasURL(LOGIN_URL);
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log out"))).hasCount(0);
    }

    /**
     * An address that is no route must reach Vaadin, which shows our "Page not found". (Vaadin's
     * security configurer denies every request that is not a known route unless told otherwise with
     * {@code anyRequest(...)}; the denial is an empty 403 that the browser shows as its own error page.)
     */
    @Test
    void unknownAddressShowsAFriendlyPageNotFound() {
        open("/login");
        signIn("employer", DEMO_PASSWORD);

        open("/no-such-page");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Page not found").setLevel(1)))
                .isVisible();
        assertThat(page).hasTitle("Page not found | SkillsPlan");
        assertNoStackTrace();
        Axe.assertNoSeriousViolations(page, "page not found");
    }

    @Test
    void forbiddenPageShowsAccessDenied() {
        open("/login");
        signIn("employer", DEMO_PASSWORD);

        open("/users");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Access denied").setLevel(1)))
                .isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Users"))).hasCount(0);
        screenshot("access-denied");
        assertNoStackTrace();
        Axe.assertNoSeriousViolations(page, "access denied");
    }

    private Locator username() {
        return page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true));
    }

    private void assertNoStackTrace() {
        String text = page.locator("body").innerText();
        assertThat(text).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("uk.skillsplan.");
    }

    /** A throw-away employer account, so that locking it cannot disturb tests that use the demo accounts. */
    private void createEmployerAccount(String username, String password) {
        SignIn.as(userDetailsService, "admin");
        try {
            long organisationId = organisations.search(new OrganisationQuery(null, OrganisationKind.EMPLOYER, null, false),
                    PageRequest.of(0, 1)).getFirst().id();
            userAccounts.create(new NewUserAccount(username, "Lockout Test", null, Role.EMPLOYER, organisationId, password));
        } finally {
            SignIn.out();
        }
    }
}
