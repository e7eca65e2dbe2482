package uk.skillsplan.response;

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
import uk.skillsplan.testing.Axe;
import uk.skillsplan.testing.BrowserTest;

/**
 * The ERB lead follows the employer round of their area: home page, the list of rounds, the
 * round's counts and the organisations still to chase, the CSV export, and the "Open a round"
 * dialog refusing an empty form. Every page is scanned with axe.
 */
class ErbRoundJourneyTest extends BrowserTest {

    private static final String PASSWORD = "Skills-Demo-2026";
    private static final String ROUND = "Employer skills survey 2026";

    @Test
    void erbLeadFollowsTheEmployerRound() throws IOException {
        open("/login");
        signIn("erb", PASSWORD);

        Locator homeCard = page.locator(".sp-card").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(ROUND).setExact(true))));
        assertThat(homeCard).containsText(Pattern.compile("\\d+ of \\d+ organisations have submitted"));
        assertThat(homeCard.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Follow progress")))
                .isVisible();
        screenshot("survey-erb-home");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Survey rounds").setExact(true)).click();
        waitForVaadin();
        assertThat(page).hasURL(Pattern.compile(".*/rounds$"));
        assertThat(heading("Survey rounds", 1)).isVisible();
        Locator rounds = page.locator("vaadin-grid");
        for (String title : List.of(ROUND, "Provider survey 2026", "Council survey 2026")) {
            assertThat(rounds.getByText(title, new Locator.GetByTextOptions().setExact(true))).isVisible();
        }
        screenshot("survey-erb-rounds");
        Axe.assertNoSeriousViolations(page, "survey rounds");

        rounds.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(ROUND).setExact(true)).click();
        waitForVaadin();
        assertThat(page).hasURL(Pattern.compile(".*/rounds/\\d+$"));
        assertThat(heading(ROUND, 1)).isVisible();
        assertThat(page.getByText(Pattern.compile("\\d+ of \\d+ organisations have submitted"))).isVisible();

        // Counts by local authority, industry and size band.
        assertThat(progressGrid("Local authority")).containsText("Leeds");
        assertThat(progressGrid("Industry (SIC section)")).containsText("Manufacturing");
        assertThat(progressGrid("Size band")).containsText("Small (10 to 49)");
        for (String groupHeader : List.of("Local authority", "Industry (SIC section)", "Size band")) {
            assertColumnFits(progressGrid(groupHeader), "Submitted");
            assertColumnFits(progressGrid(groupHeader), "Rate");
        }

        // Who still has to answer.
        assertThat(heading("Not submitted yet", 2)).isVisible();
        Locator toChase = page.locator("vaadin-grid").filter(new Locator.FilterOptions().setHasText("On their behalf"));
        assertThat(toChase.getByText(Pattern.compile("^(Not started|Started, not submitted)$")).first()).isVisible();
        assertThat(toChase.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Enter answers for "))).first()).isVisible();
        screenshot("survey-erb-round");
        Axe.assertNoSeriousViolations(page, "employer round");

        Download csv = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                new Page.GetByRoleOptions().setName("Responses (CSV)").setExact(true)).click());
        assertThat(csv.suggestedFilename()).matches("round-\\d+-responses\\.csv");
        List<String> lines = Files.readAllLines(csv.path(), StandardCharsets.UTF_8);
        assertThat(lines.getFirst().replace("\uFEFF", ""))
                .startsWith("response_reference,organisation_id,organisation_name,companies_house_number");
        assertThat(lines).hasSizeGreaterThan(1);
    }

    @Test
    void openingARoundWithAnEmptyFormShowsWhatIsMissing() {
        open("/login");
        signIn("erb", PASSWORD);
        open("/rounds");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open a round").setExact(true)).click();
        // (The vaadin-dialog element itself has no box: its content is drawn in an overlay part.)
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Open a survey round"));
        assertThat(dialog).hasCount(1);
        assertThat(page.getByLabel("Name of the round")).isVisible();
        waitForVaadin();
        Axe.assertNoSeriousViolations(page, "open a round dialog");

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Open the round").setExact(true))
                .click();
        waitForVaadin();
        assertThat(page.getByText("Give the round a name", new Page.GetByTextOptions())).isVisible();
        assertThat(page.getByText("Choose a questionnaire.", new Page.GetByTextOptions().setExact(true))).isVisible();
        assertThat(page.getByText("Choose the closing date.", new Page.GetByTextOptions().setExact(true))).isVisible();
        screenshot("survey-erb-open-round-errors");
        Axe.assertNoSeriousViolations(page, "open a round dialog with errors");

        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cancel").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
        // Nothing was opened.
        assertThat(page.locator("vaadin-grid").getByText(ROUND, new Locator.GetByTextOptions().setExact(true)))
                .hasCount(1);
    }

    /** The column's header lies within the grid's box: it is not scrolled out of sight. */
    private static void assertColumnFits(Locator grid, String header) {
        var gridBox = grid.boundingBox();
        var headerBox = grid.getByText(header, new Locator.GetByTextOptions().setExact(true)).boundingBox();
        assertThat(headerBox.x + headerBox.width).as("right edge of \"%s\"", header)
                .isLessThanOrEqualTo(gridBox.x + gridBox.width);
    }

    private Locator heading(String name, int level) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true).setLevel(level));
    }

    /** One of the round page's count tables, found by the header of its first column. */
    private Locator progressGrid(String groupHeader) {
        return page.locator(".sp-count-grids vaadin-grid").filter(new Locator.FilterOptions()
                .setHas(page.getByText(groupHeader, new Page.GetByTextOptions().setExact(true))));
    }
}
