package uk.skillsplan.plan;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.skillsplan.testing.Axe;
import uk.skillsplan.testing.BrowserTest;
import uk.skillsplan.testing.SignIn;

/**
 * Following the plan through: a plan of the demo area is published (through the services, so the
 * journey does not depend on which plan other journeys left newest); the provider records its
 * response to a priority and an action; the ERB lead generates this year's progress report and
 * publishes it; its public page opens without signing in. Axe scans each page.
 */
@Tag("e2e")
class PlanFollowThroughJourneyTest extends BrowserTest {

    private static final String PASSWORD = "Skills-Demo-2026";

    @Autowired
    PlanService plans;
    @Autowired
    PlanDraftingService drafting;
    @Autowired
    PlanSignOffService signOff;
    @Autowired
    UserDetailsService users;
    @Autowired
    uk.skillsplan.plan.domain.EvidenceSource evidenceSource;
    final FixedEvidence evidence = new FixedEvidence();

    /** The demo evidence is too thin to rank priorities reliably; fixed evidence ranks them (put back afterwards). */
    @org.junit.jupiter.api.BeforeEach
    void useFixedEvidence() {
        evidenceSource.useFixedEvidence(evidence);
    }

    @org.junit.jupiter.api.AfterEach
    void useEngine() {
        evidenceSource.useEngine();
    }

    private long publishedPlan() {
        try {
            SignIn.as(users, "council");
            int start = 2040 + (int) (System.currentTimeMillis() % 50);
            PlanSummary plan = plans.create(new NewPlan(null, start, start + 3, List.of(), null));
            evidence.rounds(FixedEvidence.round(7, plan.lsipCode()));
            drafting.generate(plan.id(), List.of(7L), null);
            signOff.submitForReview(plan.id());
            signOff.requestSignOff(plan.id());
            signOff.approve(plan.id());
            SignIn.as(users, "erb");
            signOff.approve(plan.id());
            return signOff.publish(plan.id()).id();
        } finally {
            SignIn.out();
        }
    }

    private Locator label(String text) {
        return page.getByLabel(text, new Page.GetByLabelOptions().setExact(true));
    }

    @Test
    void a_provider_responds_and_acts_and_the_erb_lead_reports_progress_in_public() {
        long planId = publishedPlan();
        String planPath = "/plans/" + planId;

        signIn("provider", PASSWORD);
        open(planPath + "/responses");
        assertThat(page).hasTitle("Responses to the priorities | SkillsPlan");
        label("Planned action").fill("A Level 3 groundworks course");
        label("Timescale").fill("from September 2041");
        label("Barriers").fill("Too few assessors");
        click("Save the response");
        assertThat(page.getByText(Pattern.compile("Saved by Tom Okafor"))).isVisible();
        scan("responses");

        open(planPath);
        assertThat(page.getByText(Pattern.compile("Aire Valley College: Planned action: A Level 3 groundworks course"))).isVisible();

        open(planPath + "/actions");
        label("What will be done").fill("Recruit two assessors");
        Locator startDate = label("Start date");
        startDate.fill("2041-09-01");
        startDate.press("Enter");
        Locator dueDate = label("Due date");
        dueDate.fill("2041-08-01");
        dueDate.press("Enter");
        click("Add the action");
        assertThat(page.getByText(Pattern.compile("before the start date"))).isVisible();
        dueDate.fill("2042-03-31");
        dueDate.press("Enter");
        click("Add the action");
        assertThat(page.locator("vaadin-grid-cell-content").getByText("Recruit two assessors")).isVisible();
        scan("action register");

        restartBrowser();
        signIn("erb", PASSWORD);
        open(planPath + "/progress");
        click("Generate this year's report");
        assertThat(page.locator(".sp-plan-text h2").getByText("What moved")).isVisible();
        assertThat(page.getByText(Pattern.compile("Recruit two assessors")).first()).isVisible();
        scan("progress report");
        click("Publish the report");
        assertThat(page.getByText(Pattern.compile("Published on"))).isVisible();
        String publicPath = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Open the public page"))
                .getAttribute("href");

        restartBrowser();
        open("/" + publicPath.replaceFirst("^/", ""));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Progress report");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("What is late"))).isVisible();
        assertThat(page.getByRole(AriaRole.TABLE)).isVisible();
        Axe.assertNoSeriousViolations(page, "public progress report");
    }
}
