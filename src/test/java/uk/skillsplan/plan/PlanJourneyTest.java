package uk.skillsplan.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.skillsplan.testing.Axe;
import uk.skillsplan.testing.BrowserTest;

/**
 * A council officer creates a plan, generates the draft from the demo evidence and edits a section;
 * the council and the ERB lead approve; the plan is published, its public page opens without
 * signing in, and the Word document downloads. Axe scans each page.
 */
@Tag("e2e")
class PlanJourneyTest extends BrowserTest {

    private static final String PASSWORD = "Skills-Demo-2026";

    @Test
    void a_plan_goes_from_draft_to_its_public_page() {
        signIn("council", PASSWORD);
        open("/plans");
        assertThat(page).hasTitle("Skills plans | SkillsPlan");
        Axe.assertNoSeriousViolations(page, "plans");

        click("Create a plan");
        page.getByLabel("First year of the cycle").fill("2036");
        page.getByLabel("Last year of the cycle").fill("2039");
        click("Create the plan");
        page.waitForURL(Pattern.compile(".*/plans/\\d+$"));
        Matcher id = Pattern.compile("/plans/(\\d+)$").matcher(page.url());
        assertThat(id.find()).isTrue();
        String planPath = "/plans/" + id.group(1);

        click("Generate the draft from the evidence");
        click("Generate the draft");
        assertThat(page.getByText(Pattern.compile("\\(base: \\d+ employers")).first()).isVisible();
        // The checks before review point to what to fix, with a link to the section.
        assertThat(page.getByText(Pattern.compile("to fix before review"))).isVisible();
        assertThat(page.locator(".sp-plan-checks a").first()).isVisible();
        screenshot("plan-generated");
        scan("generated plan");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit \"Local skill needs and priorities\"")).click();
        waitForVaadin();
        Locator text = page.getByLabel("Section text (Markdown)");
        text.fill("### Care\n\nMore care workers are needed. <img src=x onerror=\"window.__xss=1\">");
        page.waitForTimeout(1500);
        waitForVaadin();
        assertThat(page.locator(".sp-plan-editor-preview h3")).hasText("Care");
        assertThat(page.locator(".sp-plan-editor-preview img")).hasCount(0);
        assertThat(page.evaluate("() => window.__xss === undefined")).isEqualTo(true);
        scan("section editor");
        click("Save a new version");
        assertThat(page.getByText(Pattern.compile("Saved as version 2"))).isVisible();

        open(planPath);
        click("Send for review");
        click("Ask for sign-off");
        click("Approve this version");
        assertThat(page.getByText("Your approval is recorded.")).isVisible();

        restartBrowser();
        signIn("erb", PASSWORD);
        open(planPath);
        click("Approve this version");
        click("Publish");
        assertThat(page.getByText(Pattern.compile("Status: Published"))).isVisible();
        Download docx = page.waitForDownload(() -> page.getByText("Download as Word (DOCX)").click());
        assertThat(docx.suggestedFilename()).endsWith(".docx");
        scan("published plan");

        restartBrowser();
        open("/public" + planPath);
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Local Skills Improvement Plan 2036-2039");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Annex A: skill needs coded by occupation (SOC) and sector (SIC)"))).isVisible();
        assertThat(page.getByText("More care workers are needed.")).isVisible();
        screenshot("plan-public");
        Axe.assertNoSeriousViolations(page, "public plan page");
    }
}
