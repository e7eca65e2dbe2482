package uk.skillsplan.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.skillsplan.testing.Axe;
import uk.skillsplan.testing.BrowserTest;

/**
 * Working on a plan together (issue 11): the ERB lead writes a section and gives it to the council;
 * a provider comments and suggests an edit; the council officer who owns the section sees the
 * difference and accepts it; then two council officers edit the section at once, and the second
 * to save meets the conflict, sees both texts side by side and saves a merge. Axe scans each page.
 * The journey makes its own plan (cycle 2046-2049): other journeys share the server.
 */
@Tag("e2e")
class PlanCollaborationJourneyTest extends BrowserTest {

    private static final String PASSWORD = "Skills-Demo-2026";
    private static final String SECTION = "Local skill needs and priorities";

    @Test
    void a_provider_suggests_the_owner_accepts_and_a_second_officer_resolves_a_save_conflict() {
        // The ERB lead creates the plan, writes the section and gives it to the council.
        signIn("erb", PASSWORD);
        open("/plans");
        click("Create a plan");
        page.getByLabel("First year of the cycle").fill("2046");
        page.getByLabel("Last year of the cycle").fill("2049");
        click("Create the plan");
        page.waitForURL(Pattern.compile(".*/plans/\\d+$"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Edit \"" + SECTION + "\"")).click();
        waitForVaadin();
        page.getByLabel("Section text (Markdown)").fill("Employers need more welders.");
        click("Save a new version");
        assertThat(page.getByText(Pattern.compile("Saved as version 1"))).isVisible();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Back to the plan")).click();
        waitForVaadin();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Comments and suggestions on \"" + SECTION + "\"")).click();
        page.waitForURL(Pattern.compile(".*/plans/sections/\\d+$"));
        Matcher id = Pattern.compile("/plans/sections/(\\d+)$").matcher(page.url());
        assertThat(id.find()).isTrue();
        String sectionPath = "/plans/sections/" + id.group(1);
        waitForVaadin();
        page.getByLabel("Owner", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Leeds City Council (demo) (council)")).click();
        waitForVaadin();
        click("Give the section to this owner");
        assertThat(page.getByText("Owner: Leeds City Council (demo).")).isVisible();
        scan("section page (ERB lead)");

        // A provider comments and suggests an edit.
        restartBrowser();
        signIn("provider", PASSWORD);
        open(sectionPath);
        page.getByLabel("Your comment").fill("Please name the welding course at Aire Valley College.");
        click("Post the comment");
        assertThat(page.getByText("Showing 1 of 1 thread.")).isVisible();
        page.getByLabel("Your suggested text (Markdown)").fill("Employers need more welders; Aire Valley College runs an evening welding course.");
        page.getByLabel("Why (optional)").fill("Names the course");
        click("Send the suggestion");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Suggestion by Tom Okafor (Aire Valley College)"))).isVisible();
        scan("section page (provider)");

        // The council officer who owns the section sees it waiting, reads the difference and accepts.
        restartBrowser();
        signIn("council", PASSWORD);
        assertThat(page.locator(".sp-needs-you")).containsText("Needs you (");
        open("/notifications");
        assertThat(page.getByText(Pattern.compile("Tom Okafor \\(Aire Valley College\\) suggests an edit to \"" + SECTION + "\"")).first()).isVisible();
        scan("needs you");
        open(sectionPath);
        assertThat(page.locator(".sp-suggestion ins")).containsText("Aire Valley College runs an evening welding course");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accept the suggestion by Tom Okafor (Aire Valley College) as a new version")).click();
        waitForVaadin();
        assertThat(page.getByText("Accepted: the section is now at version 2.")).isVisible();
        scan("section page (owner, after accepting)");

        // Two officers of the council edit the section at once; Omar saves first.
        open(sectionPath + "/edit");
        page.getByLabel("Section text (Markdown)").fill("Employers need more welders; Aire Valley College runs an evening welding course. Helen's addition.");
        page.waitForTimeout(1500);
        waitForVaadin();
        Page helen = page;
        BrowserContext omarsBrowser = browser().newContext(new Browser.NewContextOptions().setBaseURL(baseUrl())
                .setViewportSize(VIEWPORT_WIDTH, VIEWPORT_HEIGHT).setLocale("en-GB").setTimezoneId("Europe/London"));
        try {
            page = omarsBrowser.newPage();
            signIn("council2", PASSWORD);
            open(sectionPath + "/edit");
            page.getByLabel("Section text (Markdown)").fill("Employers in Leeds need more welders; Aire Valley College runs an evening welding course.");
            click("Save a new version");
            assertThat(page.getByText(Pattern.compile("Saved as version 3"))).isVisible();
        } finally {
            page = helen;
            omarsBrowser.close();
        }

        // Helen saves second: nothing is overwritten, she sees both texts and saves a merge.
        click("Save a new version");
        assertThat(page.getByText(Pattern.compile("Omar Farouk saved version 3"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Their version 3 (saved by Omar Farouk)"))).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your text (not saved)"))).isVisible();
        scan("save conflict");
        page.getByLabel("Merged text (edit it, then save)").fill(
                "Employers in Leeds need more welders; Aire Valley College runs an evening welding course. Helen's addition.");
        click("Save the merged text");
        assertThat(page.getByText("The merged text is saved as version 4.")).isVisible();

        open(sectionPath + "/versions");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Versions: " + SECTION))).isVisible();
        assertThat(page.locator(".sp-diff ins")).containsText("Helen");
        scan("versions");
    }
}
