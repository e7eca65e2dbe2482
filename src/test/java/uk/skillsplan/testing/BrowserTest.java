package uk.skillsplan.testing;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for real-browser tests: the shared Spring context on its random port, one headless Chromium
 * for the whole JVM (started on first use, closed when the JVM exits) and a fresh browser context
 * and page per test, so that cookies and sessions never leak from one test into the next.
 *
 * <p>The browser is Debian's {@code /usr/bin/chromium} (override with {@code -Dskillsplan.chromium=...});
 * see {@link #browser()} for machines without it. A missing browser fails the test: it must not silently vanish
 * from the count. Skip these tests on purpose with {@code -DskipITs}.
 *
 * <p>On a failure the page is saved to {@code target/e2e-failures/}; with
 * {@code -Dskillsplan.e2e.screenshots=DIR} {@link #screenshot(String)} saves pictures to look at.
 */
@SkillsPlanTest
@Tag("e2e")
public abstract class BrowserTest {

    public static final String CHROMIUM_PROPERTY = "skillsplan.chromium";
    private static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run", "--disable-quic");

    /** Desktop size, wide enough for the side navigation to be shown open. */
    protected static final int VIEWPORT_WIDTH = 1366;
    protected static final int VIEWPORT_HEIGHT = 900;

    /** True once no Vaadin client is waiting for the server. */
    private static final String VAADIN_IDLE = "() => !!(window.Vaadin && window.Vaadin.Flow"
            + " && window.Vaadin.Flow.clients"
            + " && Object.keys(window.Vaadin.Flow.clients).length > 0"
            + " && Object.values(window.Vaadin.Flow.clients)"
            + "      .every(c => typeof c.isActive !== 'function' || !c.isActive()))";

    private static Playwright playwright;
    private static Browser browser;

    static {
        // Vaadin answers in well under a second, but this machine has two cores and runs a whole
        // Spring context beside the browser: give auto-retrying assertions some slack.
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
    }

    @LocalServerPort
    protected int port;

    protected BrowserContext context;
    protected Page page;

    /** Saves the page as it was when a test failed (before the context is closed). */
    @RegisterExtension
    final TestExecutionExceptionHandler failureScreenshot = (extensionContext, failure) -> {
        if (page != null && !page.isClosed()) {
            try {
                Path dir = Path.of("target", "e2e-failures");
                Files.createDirectories(dir);
                String name = extensionContext.getRequiredTestClass().getSimpleName() + "-"
                        + extensionContext.getDisplayName().replaceAll("[^A-Za-z0-9._-]+", "_") + ".png";
                page.screenshot(new Page.ScreenshotOptions().setPath(dir.resolve(name)).setFullPage(true));
                failure.addSuppressed(new AssertionError("Page at failure (" + page.url() + ") saved to "
                        + dir.resolve(name).toAbsolutePath()));
            } catch (RuntimeException | java.io.IOException e) {
                failure.addSuppressed(e);
            }
        }
        throw failure;
    };

    /**
     * The one browser of this JVM, started on first use: the Chromium named by
     * {@code -Dskillsplan.chromium}, else Debian's {@code /usr/bin/chromium}. On a developer's machine
     * without either, Playwright's own Chromium is used (downloaded once by Playwright); in CI
     * ({@code CI=true}) a missing system Chromium fails loudly instead, because CI must test the
     * browser it installs and these machines cannot download one.
     */
    protected static synchronized Browser browser() {
        if (browser == null) {
            String configured = System.getProperty(CHROMIUM_PROPERTY);
            Path executable = Path.of(configured == null ? DEFAULT_CHROMIUM : configured);
            boolean system = Files.isExecutable(executable);
            if (!system && (configured != null || "true".equals(System.getenv("CI")))) {
                throw new IllegalStateException("Browser tests need Chromium, but " + executable
                        + " does not exist or is not executable. Install it (Debian: apt-get install -y chromium), "
                        + "point -D" + CHROMIUM_PROPERTY + "=... at another Chromium, or skip these tests on "
                        + "purpose with -DskipITs.");
            }
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(system ? Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1") : Map.of()));
            BrowserType.LaunchOptions options = new BrowserType.LaunchOptions().setHeadless(true).setArgs(CHROMIUM_ARGS);
            if (system) {
                options.setExecutablePath(executable);
            }
            try {
                browser = playwright.chromium().launch(options);
            } catch (RuntimeException e) {
                playwright.close();
                playwright = null;
                throw new IllegalStateException("Could not start Chromium " + (system ? "at " + executable
                        : "(Playwright's own; install Chromium or set -D" + CHROMIUM_PROPERTY + ")") + ": "
                        + e.getMessage(), e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(BrowserTest::closeBrowser, "playwright-shutdown"));
        }
        return browser;
    }

    private static synchronized void closeBrowser() {
        try {
            if (browser != null) {
                browser.close();
            }
        } catch (RuntimeException ignored) {
            // The JVM is exiting; the driver may already be gone.
        } finally {
            browser = null;
            if (playwright != null) {
                try {
                    playwright.close();
                } catch (RuntimeException ignored) {
                    // As above.
                }
                playwright = null;
            }
        }
    }

    @BeforeEach
    void openBrowserContext() {
        newBrowserContext();
    }

    /**
     * Closes the browser context (as if the person closed their browser: cookies and session gone)
     * and opens a fresh one with a new page; {@link #page} then points at that page.
     */
    protected void restartBrowser() {
        closeBrowserContext();
        newBrowserContext();
    }

    private void newBrowserContext() {
        context = browser().newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrl())
                .setViewportSize(VIEWPORT_WIDTH, VIEWPORT_HEIGHT)
                .setLocale("en-GB")
                .setTimezoneId("Europe/London"));
        context.setDefaultTimeout(15_000);
        context.setDefaultNavigationTimeout(30_000);
        page = context.newPage();
    }

    @AfterEach
    void closeBrowserContext() {
        if (context != null) {
            context.close();
            context = null;
            page = null;
        }
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The full address of a path in the app, e.g. {@code url("/login")}. */
    protected String url(String path) {
        return baseUrl() + (path.startsWith("/") ? path : "/" + path);
    }

    /** Opens a path of the app (e.g. {@code "/login"}) and waits until Vaadin has settled. */
    protected void open(String path) {
        try {
            page.navigate(url(path));
        } catch (PlaywrightException e) {
            if (String.valueOf(e.getMessage()).contains("ERR_HTTP_RESPONSE_CODE_FAILURE")) {
                // Chromium shows its own error page when an error status comes with an empty body.
                APIResponse response = page.request().get(url(path));
                throw new AssertionError("GET " + path + " answered HTTP " + response.status()
                        + " with an empty body: the browser shows its own error page "
                        + "instead of one of ours.", e);
            }
            throw e;
        }
        waitForVaadin();
    }

    /**
     * Fills the sign-in form on the current page (opening {@code /login} first if the form is not
     * shown), submits it and waits for the page the server sends back - the home page on success,
     * the login page with an error otherwise.
     */
    protected void signIn(String username, String password) {
        if (!page.url().contains("/login")) {
            open("/login");
        }
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(password);
        // The form posts natively to Spring Security, which redirects: wait for that next page.
        page.waitForResponse(response -> response.request().isNavigationRequest()
                        && "GET".equals(response.request().method())
                        && response.frame() == page.mainFrame(),
                () -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in").setExact(true))
                        .click());
        page.waitForLoadState();
        waitForVaadin();
    }

    /** The button with exactly this accessible name. */
    protected com.microsoft.playwright.Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Clicks the button with exactly this accessible name and waits for the server's answer. */
    protected void click(String name) {
        button(name).click();
        waitForVaadin();
    }

    /**
     * Runs the axe scan once confirmations and select overlays have gone, so that it sees the page itself
     * (a fading notification or list box is not part of it).
     */
    protected void scan(String name) {
        PlaywrightAssertions.assertThat(page.locator("vaadin-notification-card")).hasCount(0,
                new com.microsoft.playwright.assertions.LocatorAssertions.HasCountOptions().setTimeout(15_000));
        page.waitForFunction("() => ![...document.querySelectorAll('vaadin-select-list-box')].some(e => e.checkVisibility())");
        Axe.assertNoSeriousViolations(page, name);
    }

    /** Waits until every Vaadin client on the page is idle (no request to the server under way). */
    protected void waitForVaadin() {
        waitForVaadin(page);
    }

    public static void waitForVaadin(Page page) {
        page.waitForFunction(VAADIN_IDLE, null, new Page.WaitForFunctionOptions().setPollingInterval(50));
    }

    /**
     * Saves a full-page screenshot as {@code DIR/e2e-NAME.png} when {@code -Dskillsplan.e2e.screenshots=DIR}
     * is set; does nothing otherwise.
     */
    protected void screenshot(String name) {
        String dir = System.getProperty("skillsplan.e2e.screenshots");
        if (dir != null && !dir.isBlank()) {
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                    .setPath(Path.of(dir, "e2e-" + name.replaceAll("[^A-Za-z0-9._-]+", "-") + ".png")));
        }
    }
}
