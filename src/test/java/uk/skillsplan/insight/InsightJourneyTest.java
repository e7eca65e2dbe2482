package uk.skillsplan.insight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.testing.Axe;
import uk.skillsplan.testing.BrowserTest;
import uk.skillsplan.testing.SurveyTestData;

/**
 * The dashboards in a real browser: a provider finds employer demand for their subjects, narrows it
 * to a local authority and downloads a table; a council officer drills down from the area to a
 * sector; an employer who has submitted sees how they compare. Each chart must really be drawn (an
 * SVG inside the chart element), and every page is scanned with axe.
 */
class InsightJourneyTest extends BrowserTest {

    private static final String PASSWORD = "Skills-Demo-2026";

    @Autowired
    ApplicationContext context;

    @Autowired
    SurveyRoundService rounds;

    @Autowired
    ResponseService responses;

    @Test
    void aProviderFiltersEmployerDemandToALocalAuthorityAndDownloadsATable() throws IOException {
        open("/login");
        signIn("provider", PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See employer demand").setExact(true)).click();
        waitForVaadin();
        assertThat(page).hasURL(Pattern.compile(".*/insight/demand$"));
        assertThat(heading("Employer demand in West Yorkshire", 1)).isVisible();
        assertChartDrawn("Skill-shortage vacancies by sector");
        Axe.assertNoSeriousViolations(page, "employer demand");

        chooseInSelect("Local authority", "Leeds");
        assertThat(page).hasURL(Pattern.compile(".*/insight/demand\\?.*lad=E08000035.*"));
        Locator chart = assertChartDrawn("Skill-shortage vacancies by sector");
        assertThat(chart).hasAttribute("aria-label", Pattern.compile(".*by sector.*"));
        Locator table = page.locator("vaadin-grid").filter(new Locator.FilterOptions().setHasText("Sector (SIC 2007 section)"));
        assertThat(table).containsText("All");
        screenshot("insight-provider-demand-leeds");
        Axe.assertNoSeriousViolations(page, "employer demand in Leeds");

        Download csv = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Download Skill-shortage vacancies by sector (SIC 2007 section) (unweighted) as CSV").setExact(true)).click());
        assertThat(csv.suggestedFilename()).isEqualTo("ssv-volume-by-sic-section.csv");
        List<String> lines = Files.readAllLines(csv.path(), StandardCharsets.UTF_8);
        assertThat(lines.getFirst().replace("\uFEFF", "")).startsWith("Sector (SIC 2007 section),code,\"Skill-shortage vacancies (skill-shortage vacancies, unweighted)\"");
        assertThat(lines.getLast()).startsWith("All,");
        Download xlsx = page.waitForDownload(() -> page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Download Skill-shortage vacancies by sector (SIC 2007 section) (unweighted) as Excel").setExact(true)).click());
        assertThat(xlsx.suggestedFilename()).isEqualTo("ssv-volume-by-sic-section.xlsx");
        assertThat(Files.size(xlsx.path())).isPositive();
    }

    @Test
    void aCouncilOfficerDrillsDownFromTheAreaToASector() {
        open("/login");
        signIn("council", PASSWORD);
        // Keyboard: the first Tab on a page reaches "Skip to main content", which moves the focus past the menu.
        page.keyboard().press("Tab");
        assertThat(page.locator(":focus")).hasText("Skip to main content");
        page.keyboard().press("Enter");
        assertThat(page.locator("[role=main]")).isFocused();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the area overview").setExact(true)).click();
        waitForVaadin();
        assertThat(heading("Area overview: West Yorkshire", 1)).isVisible();
        assertThat(heading("Job quality", 2)).isVisible();
        assertThat(page.getByText(Pattern.compile("ESS ?20\\d\\d")).first()).isVisible();
        assertChartDrawn("Skill shortages: West Yorkshire and England");
        Axe.assertNoSeriousViolations(page, "area overview");

        drillDownTable().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Leeds").setExact(true)).click();
        waitForVaadin();
        assertThat(page).hasURL(Pattern.compile(".*lad=E08000035.*"));
        assertThat(heading("Compare sectors in Leeds", 2)).isVisible();
        Axe.assertNoSeriousViolations(page, "area overview, Leeds");

        drillDownTable().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Manufacturing").setExact(true)).click();
        waitForVaadin();
        assertThat(page).hasURL(Pattern.compile(".*sic=C.*"));
        assertThat(heading("Compare sizes of site in Leeds, Manufacturing", 2)).isVisible();
        assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Drill-down path")))
                .containsText("Leeds");
        assertChartDrawn("Skill shortages: Leeds, Manufacturing and England");
        screenshot("insight-council-leeds-manufacturing");
        Axe.assertNoSeriousViolations(page, "area overview, Leeds, manufacturing");
    }

    @Test
    void anEmployerWhoHasSubmittedSeesHowTheyCompare() {
        SurveyTestData data = new SurveyTestData(context);
        long site = data.newEmployer("Compare journey employer", SurveyTestData.LEEDS, "F", SizeBand.SMALL).id();
        String username = data.newAccount(Role.EMPLOYER, site, "Compare Journey Owner");
        data.as(username, () -> {
            long round = rounds.roundsForMe().stream().filter(r -> r.title().equals("Employer skills survey 2026"))
                    .findFirst().orElseThrow().id();
            long id = responses.startOrResume(round).id();
            data.complete(id, 20);
            return responses.submit(id);
        });

        open("/login");
        signIn(username, SurveyTestData.PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See how you compare").setExact(true)).click();
        waitForVaadin();
        assertThat(heading("How you compare", 1)).isVisible();
        assertThat(page.locator("vaadin-grid").filter(new Locator.FilterOptions().setHasText("Your sector"))).containsText("Your site");
        assertChartDrawn("How you compare");
        screenshot("insight-employer-compare");
        Axe.assertNoSeriousViolations(page, "how you compare");
    }

    /** The chart element with that name (its accessible name starts with it) holds a drawn SVG. */
    private Locator assertChartDrawn(String name) {
        Locator chart = page.locator("[role='img'][aria-label^='" + name + "']").first();
        assertThat(chart).isVisible();
        assertThat(chart.locator("svg").first()).isAttached();
        page.waitForFunction("el => el.querySelectorAll('svg path, svg rect').length > 0", chart.elementHandle());
        return chart;
    }

    private Locator drillDownTable() {
        return page.locator("vaadin-grid").first();
    }

    private void chooseInSelect(String label, String option) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(option).setExact(true)).click();
        waitForVaadin();
    }

    private Locator heading(String text, int level) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text).setExact(true).setLevel(level));
    }
}
