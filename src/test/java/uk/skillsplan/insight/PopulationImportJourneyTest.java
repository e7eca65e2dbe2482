package uk.skillsplan.insight;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.skillsplan.testing.Axe;
import uk.skillsplan.testing.BrowserTest;

/**
 * The ERB lead imports a business population file as Nomis gives it: opens "Business population"
 * from the menu, uploads a two-year file, checks what would be imported, keeps the latest year,
 * confirms, finds the import listed beside the demo's, and sees the employer round's coverage against it
 * (the heat-map and its table), then opens an under-covered cell's chase list and clears its filter, and on
 * the area overview switches the headline figures between weighted (to the new import) and unweighted, and the
 * drill-down table to weighted and to both side by side.
 * Every state of the pages is scanned with axe.
 */
class PopulationImportJourneyTest extends BrowserTest {

    private static final String PASSWORD = "Skills-Demo-2026";
    private static final double SLOW = 30_000;

    @Test
    void erbLeadImportsAPopulationFileAndConfirmsIt() {
        open("/login");
        signIn("erb", PASSWORD);

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Business population").setExact(true)).click();
        waitForVaadin();
        assertThat(page).hasURL(Pattern.compile(".*/population$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Business population").setLevel(1)))
                .isVisible();
        Locator imports = page.locator("vaadin-grid[aria-label='Business population imports']");
        assertThat(imports).containsText("ubc_enterprises_broad_industry_2022_nomis.csv");
        Axe.assertNoSeriousViolations(page, "business population");

        NomisFile file = new NomisFile().years(2021, 2022).place("country:England", null).place("ladu:Bradford", null)
                .place("ladu:Calderdale", null).place("ladu:Kirklees", null).place("ladu:Leeds", null)
                .place("ladu:Wakefield", null).place("ladu:Cardiff", null);
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload("ubc-west-yorkshire.csv", "text/csv",
                file.csv()));
        Locator check = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Check before importing"));
        // Reading and checking the file takes a moment on a busy machine: wait longer than Playwright's 5 s.
        assertThat(check).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW));
        waitForVaadin();
        assertThat(page.getByText(Pattern.compile("^2022: [\\d,]+ enterprises in 5 districts \\(Bradford, Calderdale, "
                + "Kirklees, Leeds, Wakefield\\) and 18 industries\\.$"))).isVisible();
        assertThat(page.getByText(Pattern.compile("downloaded from Nomis on 24 April 2023"))).isVisible();
        screenshot("population-check");
        Axe.assertNoSeriousViolations(page, "business population check");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Import this population")).click();
        waitForVaadin();
        assertThat(page.locator("div[role=status]")).containsText("Imported the business population of 2022",
                new LocatorAssertions.ContainsTextOptions().setTimeout(SLOW));
        assertThat(check).isHidden();
        assertThat(imports).containsText("ubc-west-yorkshire.csv");
        screenshot("population-imported");
        Axe.assertNoSeriousViolations(page, "business population imported");

        // The new import is the one coverage compares the employer round with.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Coverage").setExact(true)).click();
        waitForVaadin();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Coverage").setLevel(1))).isVisible();
        // The page opens on the area's newest employer round; other journeys open rounds of their own on this
        // server, so choose the demo round, whose responses give under-covered cells.
        page.getByLabel("Survey round", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(Pattern.compile("^Employer skills survey 2026 \\(")))
                .first().click();
        waitForVaadin();
        // Wait until the option list has closed: axe would otherwise scan Vaadin's list box while it fades out.
        page.waitForFunction("() => ![...document.querySelectorAll('vaadin-select-list-box')].some(e => e.checkVisibility())");
        assertThat(page.getByText(Pattern.compile("responses against [\\d,]+ enterprises \\(2022, imported "
                + "ubc-west-yorkshire\\.csv\\)"))).isVisible();
        assertThat(page.locator("vaadin-grid[aria-label='Responses against businesses by industry and size band']"))
                .containsText("Agriculture, forestry & fishing (A)");
        // The heat-map beside the table is really drawn, and a hidden cell is written "c" in it, not left blank.
        Locator chart = page.locator("[role='img'][aria-label^='Response rate by industry and size band. ']");
        assertThat(chart).isVisible();
        assertThat(chart).hasAttribute("aria-label", Pattern.compile(".*under-represented \\(outlined\\).*"));
        page.waitForFunction("el => el.querySelectorAll('svg path, svg rect').length > 0", chart.elementHandle());
        page.waitForFunction("el => [...el.querySelectorAll('svg text')].some(t => t.textContent.trim() === 'c')",
                chart.elementHandle());
        screenshot("population-coverage");
        Axe.assertNoSeriousViolations(page, "coverage");

        // An under-covered cell leads to the round's chase list narrowed to its organisations.
        Locator chase = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Chase list: "))).first();
        String cell = chase.getAttribute("aria-label");
        chase.click();
        waitForVaadin();
        assertThat(page).hasURL(Pattern.compile(".*/rounds/\\d+\\?sic=[A-U].*&size=(micro|small|medium|large)$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not submitted yet"))).isVisible();
        assertThat(page.getByText(Pattern.compile("^Showing only organisations in SIC sections? .*; size band "))).isVisible();
        // The chase list is the grid with the organisations' status (its name is not an aria-label attribute).
        Locator toChase = page.locator("vaadin-grid").filter(new Locator.FilterOptions().setHasText("Status"));
        assertThat(toChase).isVisible();
        screenshot("population-chase-list-" + (cell.contains("Micro") ? "micro" : "cell"));
        Axe.assertNoSeriousViolations(page, "chase list of an under-covered cell");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Show every organisation still to answer")).click();
        waitForVaadin();
        assertThat(page).hasURL(Pattern.compile(".*/rounds/\\d+$"));
        assertThat(page.getByText(Pattern.compile("^Showing only organisations in"))).isHidden();
        assertThat(toChase).isVisible();

        // The area overview's figures, weighted to the population just imported, beside the unweighted ones.
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Area overview").setExact(true)).click();
        // The overview computes every figure, weighted and unweighted: on a busy machine that takes longer than 15 s.
        page.setDefaultTimeout(SLOW * 2);
        Locator overview = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Area overview: West Yorkshire")
                .setLevel(1));
        assertThat(overview).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW * 2));
        waitForVaadin();
        page.getByLabel("Survey round", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Employer skills survey 2026").setExact(true))
                .first().click();
        waitForVaadin();
        page.waitForFunction("() => ![...document.querySelectorAll('vaadin-select-list-box')].some(e => e.checkVisibility())");
        Locator weighting = page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Weighted to the business population").setLevel(2));
        weighting.scrollIntoViewIfNeeded();
        assertThat(weighting).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(SLOW));
        assertThat(page.getByText(Pattern.compile("^Weights computed at .* against ubc-west-yorkshire\\.csv"))).isVisible();
        Locator figures = page.locator("vaadin-grid[aria-label='Headline figures, unweighted and weighted']");
        assertThat(figures).containsText("Training incidence");
        assertThat(figures).containsText("Effective sample size");
        assertThat(figures).containsText("Unweighted");
        screenshot("population-weighted-side-by-side");
        Axe.assertNoSeriousViolations(page, "area overview, weighted and unweighted side by side");

        // Every table offers the same choice: the headline figures' group is the one named "Show figures" alone.
        Locator headlineChoice = page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName("Show figures")
                .setExact(true));
        headlineChoice.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Weighted").setExact(true)).check();
        waitForVaadin();
        assertThat(figures).containsText("95% interval, weighted");
        assertThat(figures).not().containsText("95% interval, unweighted");
        headlineChoice.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Unweighted").setExact(true)).check();
        waitForVaadin();
        assertThat(figures).containsText("95% interval, unweighted");
        assertThat(figures).not().containsText("95% interval, weighted");
        screenshot("population-unweighted");
        Axe.assertNoSeriousViolations(page, "area overview, unweighted figures");

        // The drill-down table by local authority: weighted, then both side by side.
        Locator tableChoice = page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Show figures of .* by local authority$")));
        tableChoice.scrollIntoViewIfNeeded();
        // The grid's accessible name is a property, not an attribute: find the panel that holds the choice.
        Locator panel = page.locator("section.sp-figure-panel").filter(new Locator.FilterOptions().setHas(tableChoice));
        Locator drillDown = panel.locator("vaadin-grid");
        assertThat(drillDown).not().containsText("Effective sample size");
        tableChoice.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Weighted").setExact(true)).check();
        waitForVaadin();
        assertThat(panel.locator(".sp-chart-summary")).containsText("Weighted to the business population.");
        assertThat(drillDown).containsText("Effective sample size");
        assertThat(drillDown).containsText("Design effect");
        tableChoice.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName("Side by side").setExact(true)).check();
        waitForVaadin();
        assertThat(panel.locator(".sp-chart-summary")).containsText("Unweighted:");
        assertThat(drillDown).containsText("95% interval, unweighted");
        assertThat(drillDown).containsText("95% interval, weighted");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName(Pattern.compile("^Download .* by local authority \\(unweighted and weighted\\) as CSV$")))).isVisible();
        screenshot("population-table-side-by-side");
        Axe.assertNoSeriousViolations(page, "area overview, a table weighted and unweighted side by side");
    }
}
