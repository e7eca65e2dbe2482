package uk.skillsplan.response;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.skillsplan.testing.Axe;
import uk.skillsplan.testing.BrowserTest;

/**
 * An employer answers the survey in a real browser: across several sections, with a refused
 * answer, closing the browser half-way and finding everything again, then submitting and amending.
 * Every page the employer sees is scanned with axe; one section is also checked at phone width.
 *
 * <p>The employer's organisation has no response when the application starts (each test JVM has a
 * fresh database); should a draft exist already, the journey continues it instead of starting it.
 */
class EmployerSurveyJourneyTest extends BrowserTest {

    private static final String PASSWORD = "Skills-Demo-2026";
    private static final String ROUND = "Employer skills survey 2026";
    private static final String ABOUT = "About your site";
    private static final String VACANCIES = "Vacancies";
    private static final String WORKFORCE = "Your staff by occupation";
    private static final String TRAINING = "Training";
    private static final String COLLEGES = "Working with colleges and providers";
    private static final Pattern REFERENCE = Pattern.compile("Your reference is (SP-[0-9-]+)");

    private SurveyForm survey;

    @Test
    void employerAnswersLeavesComesBackSubmitsAndAmends() {
        signInAsEmployer();
        Locator homeCard = survey.card(ROUND);
        assertThat(homeCard).containsText("Open until");
        assertThat(homeCard.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Go to your surveys")))
                .isVisible();
        screenshot("survey-employer-home");

        survey.openYourSurveys();
        screenshot("survey-your-surveys");
        axeScan("Your surveys");
        survey.startOrContinue(ROUND);

        answerAboutYourSite();
        answerVacanciesAndTryAnImpossibleNumber();
        checkTheWorkforceGridAtPhoneWidth();
        answerTraining();

        // The employer closes the browser half-way: cookies and session are gone.
        restartBrowser();
        signInAsEmployer();
        survey.openYourSurveys();
        assertThat(survey.card(ROUND)).containsText("Your answers: Started, not submitted");
        survey.startOrContinue(ROUND);
        findEverythingAgainWhereIStopped();

        answerTheLastSectionAndSubmit();
        amendAndSubmitAgain();
    }

    private void signInAsEmployer() {
        open("/login");
        signIn("employer", PASSWORD);
        survey = new SurveyForm(page);
    }

    private void answerAboutYourSite() {
        assertThat(survey.sectionHeading(ABOUT)).isVisible();
        // What the directory knows about the site is filled in already; the employer can correct it.
        assertThat(survey.input("SIC_SECTION")).not().hasValue("");
        assertThat(survey.radio("LOCAL_AUTHORITY", "Leeds")).isChecked();
        screenshot("survey-section-about");
        axeScan("section " + ABOUT);

        survey.enterNumber("EMP_TOTAL", 42);
        assertThat(survey.saveState()).containsText("Saved at");
        assertThat(survey.contentsEntry(ABOUT)).hasText(ABOUT + " (4 of 4)");
    }

    private void answerVacanciesAndTryAnImpossibleNumber() {
        survey.link("Next: " + VACANCIES).click();
        survey.settle();
        assertThat(survey.sectionHeading(VACANCIES)).isVisible();
        // The link followed is gone with the old section: focus moves to the new section's heading.
        assertThat(survey.sectionHeading(VACANCIES)).isFocused();
        assertThat(survey.question("VAC_TOTAL")).hasCount(0);

        survey.choose("HAS_VACANCIES", "Yes");
        // "Yes" shows the follow-up questions, and keyboard focus stays on the answer just given.
        assertThat(survey.input("VAC_TOTAL")).isVisible();
        assertThat(survey.radio("HAS_VACANCIES", "Yes")).isFocused();
        survey.enterNumber("VAC_TOTAL", 3);
        survey.enterNumber("VAC_HTF", 2);
        survey.enterNumber("VAC_SSV", 1);
        assertThat(survey.saveState()).containsText("Saved at");
        assertThat(survey.contentsEntry(VACANCIES)).hasText(VACANCIES + " (4 of 5)");
        axeScan("section " + VACANCIES);

        // More hard-to-fill vacancies than vacancies: refused, with the reason next to the field.
        survey.enterNumber("VAC_HTF", 5);
        assertThat(survey.error("VAC_HTF")).containsText("more hard-to-fill vacancies than vacancies in total");
        assertThat(survey.error("VAC_HTF")).isVisible();
        assertThat(survey.question("VAC_HTF")).hasAttribute("invalid", "");
        assertThat(survey.saveState()).hasText("Not saved: check the message next to the question.");
        screenshot("survey-section-vacancies-error");
        axeScan("section " + VACANCIES + " with an error");

        // Nothing was saved: reloading shows the last accepted answer.
        page.reload();
        survey.settle();
        assertThat(survey.sectionHeading(VACANCIES)).isVisible();
        assertThat(survey.input("VAC_HTF")).hasValue("2");
        assertThat(survey.question("VAC_HTF")).not().hasAttribute("invalid", "");
    }

    private void checkTheWorkforceGridAtPhoneWidth() {
        survey.goToSection(WORKFORCE);
        assertThat(survey.question("WORKFORCE").getByRole(AriaRole.TABLE)).isVisible();
        axeScan("section " + WORKFORCE);

        page.setViewportSize(390, 844);
        survey.settle();
        assertThat(survey.sectionHeading(WORKFORCE)).isVisible();
        assertThat(page.getByText("For each type of job at this site", new Page.GetByTextOptions())).isVisible();
        // The wide table scrolls inside its own box; the page itself must not scroll sideways.
        assertNoSidewaysScrolling(WORKFORCE);
        screenshot("survey-section-workforce-phone");
        axeScan("section " + WORKFORCE + " on a phone");

        // On a phone the contents list comes first: choosing a section brings that section into view.
        survey.goToSection(ABOUT);
        assertThat(survey.sectionHeading(ABOUT)).isInViewport();
        assertThat(survey.input("EMP_TOTAL")).isVisible();
        assertNoSidewaysScrolling(ABOUT);
        screenshot("survey-section-about-phone");
        page.setViewportSize(VIEWPORT_WIDTH, VIEWPORT_HEIGHT);
        survey.settle();
    }

    private void answerTraining() {
        survey.goToSection(TRAINING);
        survey.choose("TRAINING_ANY", "Yes");
        survey.enterNumber("TRAINED_TOTAL", 12);
        assertThat(survey.saveState()).containsText("Saved at");
        axeScan("section " + TRAINING);
    }

    private void findEverythingAgainWhereIStopped() {
        // It resumes at the section the employer was on when the browser closed.
        assertThat(survey.sectionHeading(TRAINING)).isVisible();
        assertThat(survey.contentsEntry(TRAINING)).hasAttribute("aria-current", "step");
        assertThat(survey.radio("TRAINING_ANY", "Yes")).isChecked();
        assertThat(survey.input("TRAINED_TOTAL")).hasValue("12");
        assertThat(page.getByText("Last changed by Priya Shah", new Page.GetByTextOptions())).isVisible();
        axeScan("section " + TRAINING + " after signing in again");

        survey.goToSection(VACANCIES);
        assertThat(survey.radio("HAS_VACANCIES", "Yes")).isChecked();
        assertThat(survey.input("VAC_TOTAL")).hasValue("3");
        assertThat(survey.input("VAC_HTF")).hasValue("2");
        assertThat(survey.input("VAC_SSV")).hasValue("1");

        survey.goToSection(ABOUT);
        assertThat(survey.input("EMP_TOTAL")).hasValue("42");
    }

    private void answerTheLastSectionAndSubmit() {
        survey.goToSection(COLLEGES);
        survey.choose("CONSENT_CONTACT", "Yes");
        assertThat(survey.saveState()).containsText("Saved at");
        screenshot("survey-section-colleges");
        axeScan("section " + COLLEGES);

        survey.goToReview();
        assertThat(page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName("Answers that need attention")))
                .hasCount(0);
        Locator answers = page.locator(".sp-review-section").filter(new Locator.FilterOptions()
                .setHas(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(VACANCIES).setExact(true))));
        assertThat(answers).containsText("How many vacancies do you have at this site?");
        screenshot("survey-review");
        axeScan("check answers");

        survey.button("Submit my answers").click();
        survey.settle();
        Locator receipt = page.locator(".sp-receipt");
        assertThat(receipt).containsText("Thank you: your answers have been submitted");
        assertThat(receipt).containsText("Your reference is SP-");
        String firstReference = reference(receipt);
        assertThat(page.getByText("Version 1, reference " + firstReference, new Page.GetByTextOptions())).isVisible();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions()
                .setName("Thank you: your answers have been submitted"))).isFocused();
        // Nothing is left to submit until an answer changes.
        assertThat(survey.button("Submit my answers")).hasCount(0);
        assertThat(survey.button("Submit my changes")).hasCount(0);
        screenshot("survey-receipt");
        axeScan("receipt");
    }

    private void amendAndSubmitAgain() {
        survey.button("Change answers in " + VACANCIES).click();
        survey.settle();
        assertThat(survey.sectionHeading(VACANCIES)).isVisible();
        survey.enterNumber("VAC_TOTAL", 4);
        assertThat(survey.saveState()).containsText("Saved at");
        assertThat(page.getByText("Submitted; changes not yet submitted", new Page.GetByTextOptions())).isVisible();

        survey.goToReview();
        survey.button("Submit my changes").click();
        survey.settle();
        Locator receipt = page.locator(".sp-receipt");
        assertThat(receipt).containsText("Your reference is SP-");
        String secondReference = reference(receipt);
        assertThat(secondReference).endsWith("-2");
        Locator history = page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("^Version \\d+, reference SP-")));
        assertThat(history).hasCount(2);
        assertThat(history.filter(new Locator.FilterOptions().setHasText("Version 1, reference SP-"))).hasCount(1);
        assertThat(history.filter(new Locator.FilterOptions().setHasText("Version 2, reference " + secondReference)))
                .containsText("by Priya Shah (online)");
        screenshot("survey-amended");
        axeScan("receipt after changes");
    }

    private static String reference(Locator receipt) {
        Matcher matcher = REFERENCE.matcher(receipt.innerText());
        assertThat(matcher.find()).as("a reference in %s", receipt.innerText()).isTrue();
        return matcher.group(1);
    }

    private void assertNoSidewaysScrolling(String where) {
        Object fits = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
        assertThat(fits).as("%s at phone width: page is %s px wide in a %s px window", where,
                page.evaluate("() => document.documentElement.scrollWidth"),
                page.evaluate("() => window.innerWidth")).isEqualTo(Boolean.TRUE);
    }

    private void axeScan(String pageName) {
        Axe.assertNoSeriousViolations(page, pageName);
    }
}
