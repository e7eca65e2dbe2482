package uk.skillsplan.security;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationQuery;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.testing.Axe;
import uk.skillsplan.testing.BrowserTest;
import uk.skillsplan.testing.SignIn;

/** Two browsers: an administrator takes an employer's access away while the employer's tab is open. */
class RevokedAccessJourneyTest extends BrowserTest {

    private static final String DEMO_PASSWORD = "Skills-Demo-2026";
    private static final String PASSWORD = "Amber-Kestrel-58";
    private static final Pattern LOGIN_URL = Pattern.compile(".*/login(\\?.*)?$");

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    UserAccountService userAccounts;

    @Autowired
    OrganisationService organisations;

    @Test
    void anEmployerWhoseAccountIsDeactivatedLandsOnTheSignInPageAtTheirNextClick() {
        String username = "e2e.revoked." + UUID.randomUUID().toString().substring(0, 8);
        createEmployerAccount(username);
        Page employer = page;
        signIn(username, PASSWORD);
        assertThat(employer.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Welcome, Morgan Price").setLevel(1))).isVisible();

        BrowserContext adminBrowser = browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setBaseURL(baseUrl()).setViewportSize(VIEWPORT_WIDTH, VIEWPORT_HEIGHT).setLocale("en-GB")
                .setTimezoneId("Europe/London"));
        try {
            page = adminBrowser.newPage();
            deactivateInTheUsersView(username);
            findTheDeactivationInTheAuditTrail(username);
        } finally {
            adminBrowser.close();
            page = employer;
        }

        // The employer's tab is still open on the home page; their next click is refused.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your surveys").setExact(true)).click();

        assertThat(page).hasURL(LOGIN_URL);
        assertThat(page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your surveys"))).hasCount(0);
        Axe.assertNoSeriousViolations(page, "sign-in page after the account was deactivated");

        signIn(username, PASSWORD);
        assertThat(page).hasURL(LOGIN_URL);
        // The same answer as for any failed sign-in (nobody learns that the account exists but is deactivated).
        assertThat(page.getByText("Incorrect username or password", new Page.GetByTextOptions().setExact(true)))
                .isVisible();
    }

    private void deactivateInTheUsersView(String username) {
        open("/login");
        signIn("admin", DEMO_PASSWORD);
        open("/users");
        page.getByLabel("Search by name or username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        // The search applies after a pause in typing and the grid then redraws its rows: wait until
        // it holds the one match, so that the click does not land on a row being recycled.
        page.waitForFunction("() => document.querySelector('vaadin-grid').size === 1");
        waitForVaadin();
        // The grid may keep a recycled, hidden copy of a cell: click the one that shows.
        Locator cell = page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText(username))
                .filter(new Locator.FilterOptions().setVisible(true));
        assertThat(cell.first()).isVisible();
        Axe.assertNoSeriousViolations(page, "users view");
        cell.first().click();
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Edit " + username));
        // (The vaadin-dialog element itself has no box: its content is drawn in an overlay part.)
        assertThat(dialog).hasCount(1);
        assertThat(page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true))).hasValue("Morgan Price");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Deactivate").setExact(true)).click();
        assertThat(page.getByText("Deactivated " + username + ".")).isVisible();
        waitForVaadin();
    }

    /** The administrator's change is in the audit trail, with who made it. */
    private void findTheDeactivationInTheAuditTrail(String username) {
        open("/audit");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Audit trail").setLevel(1)))
                .isVisible();
        page.getByLabel("Person, subject or detail", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.waitForFunction("() => document.querySelector('vaadin-grid').size >= 2");
        waitForVaadin();
        assertThat(page.locator("vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("Account deactivated"))
                .filter(new Locator.FilterOptions().setVisible(true)).first()).isVisible();
        Axe.assertNoSeriousViolations(page, "audit trail");
    }

    private void createEmployerAccount(String username) {
        SignIn.as(userDetailsService, "admin");
        try {
            long organisationId = organisations.search(new OrganisationQuery(null, OrganisationKind.EMPLOYER, null, false),
                    PageRequest.of(0, 1)).getFirst().id();
            userAccounts.create(new NewUserAccount(username, "Morgan Price", null, Role.EMPLOYER, organisationId, PASSWORD));
        } finally {
            SignIn.out();
        }
    }
}
