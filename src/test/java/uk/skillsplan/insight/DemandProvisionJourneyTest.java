package uk.skillsplan.insight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.skillsplan.testing.Axe;
import uk.skillsplan.testing.BrowserTest;
import uk.skillsplan.testing.SurveyTestData;

/**
 * Demand against provision in a real browser: a council officer opens the page from the menu for the
 * demo's employer round, sees the chart drawn and the table, switches the demand measure; a provider
 * sees the same page. Every state is scanned with axe.
 */
class DemandProvisionJourneyTest extends BrowserTest {

    private static final String PASSWORD = "Skills-Demo-2026";

    @Autowired
    ApplicationContext context;
    @Autowired
    InsightService insight;

    @Test
    void aCouncilOfficerSetsDemandAgainstProvisionAndSwitchesTheMeasure() {
        SurveyTestData data = new SurveyTestData(context);
        long round = data.as("erb", () -> insight.rounds(SurveyTestData.WEST_YORKSHIRE).stream()
                .filter(r -> r.name().equals("Employer skills survey 2026")).findFirst().orElseThrow().id());
        open("/login");
        signIn("council", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demand and provision").setExact(true)).click();
        waitForVaadin();
        open("/insight/gaps?round=" + round);
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Demand and provision in West Yorkshire").setLevel(1))).isVisible();
        assertChartDrawn();
        assertThat(page.locator("vaadin-grid").first()).containsText("Construction, Planning and the Built Environment");
        Axe.assertNoSeriousViolations(page, "demand and provision");

        page.getByLabel("Employers' demand", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Future needs by occupation").setExact(true)).click();
        waitForVaadin();
        assertThat(page).hasURL(Pattern.compile(".*measure=FUTURE_NEEDS.*"));
        assertChartDrawn();
        page.waitForFunction("() => ![...document.querySelectorAll('vaadin-select-list-box')].some(e => e.checkVisibility())");
        screenshot("insight-demand-and-provision");
        Axe.assertNoSeriousViolations(page, "demand and provision, future needs");
    }

    @Test
    void aProviderSeesTheSamePage() {
        open("/login");
        signIn("provider", PASSWORD);
        open("/insight/gaps");
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Demand and provision in West Yorkshire").setLevel(1))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your answers"))).isVisible();
        Axe.assertNoSeriousViolations(page, "demand and provision, provider");
    }

    private void assertChartDrawn() {
        Locator chart = page.locator("[role='img'][aria-label^='Shares of demand and provision']").first();
        assertThat(chart).isVisible();
        page.waitForFunction("el => el.querySelectorAll('svg path, svg rect').length > 0", chart.elementHandle());
    }
}
