package uk.skillsplan.response;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import uk.skillsplan.testing.BrowserTest;

/**
 * Answering a survey in the browser the way a person does, by question code: every question's
 * input carries the id {@code q-<CODE>} (see {@code QuestionEditors}). Each answer is sent to the
 * server when the person leaves the field or ticks a choice; the helpers wait for that round trip.
 */
final class SurveyForm {

    /** The contents list shows each section as "Title (answered of shown)". */
    private static final String COUNTS = " \\(\\d+ of \\d+\\)$";

    private final Page page;

    SurveyForm(Page page) {
        this.page = page;
    }

    /** Opens "Your surveys" from the side menu. */
    void openYourSurveys() {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Your surveys").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your surveys").setLevel(1)))
                .isVisible();
        settle();
    }

    /** The card of one survey on "Your surveys" (or on the home page). */
    Locator card(String roundTitle) {
        return page.locator(".sp-card").filter(new Locator.FilterOptions().setHas(page.getByRole(AriaRole.HEADING,
                new Page.GetByRoleOptions().setName(roundTitle).setExact(true))));
    }

    /** On "Your surveys": starts the survey with this title, or continues it if it was started before. */
    void startOrContinue(String roundTitle) {
        card(roundTitle).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^(Start|Continue): " + literal(roundTitle) + "$"))).click();
        assertThat(page).hasURL(Pattern.compile(".*/response/\\d+$"));
        settle();
    }

    /** The input (or group, or table) of one question. */
    Locator question(String code) {
        return page.locator("#q-" + code);
    }

    /** The text box inside a number, text or drop-down question. */
    Locator input(String code) {
        return question(code).locator("input").first();
    }

    /** The message shown next to a question (Vaadin's error-message slot). */
    Locator error(String code) {
        return question(code).locator("[slot='error-message']");
    }

    /** Types a number and leaves the field, which is when the answer is saved. */
    void enterNumber(String code, int value) {
        Locator input = input(code);
        input.fill(String.valueOf(value));
        input.press("Tab");
        settle();
    }

    /** Ticks the radio button with this label. */
    void choose(String code, String label) {
        radio(code, label).check();
        settle();
    }

    Locator radio(String code, String label) {
        return question(code).getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(label).setExact(true));
    }

    /** "Saved at 14:02." or why not, announced politely to screen readers. */
    Locator saveState() {
        return page.locator(".sp-save-state");
    }

    Locator contents() {
        return page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Sections of this survey"));
    }

    /** The contents-list entry of a section (its name ends with the answered count). */
    Locator contentsEntry(String sectionTitle) {
        return contents().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^" + literal(sectionTitle) + COUNTS)));
    }

    /** Moves to a section with the contents list and waits for its heading. */
    void goToSection(String sectionTitle) {
        contentsEntry(sectionTitle).click();
        settle();
        assertThat(sectionHeading(sectionTitle)).isVisible();
    }

    Locator sectionHeading(String title) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setExact(true).setLevel(2));
    }

    /** The last step, from the contents list. */
    void goToReview() {
        contents().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Check answers and submit").setExact(true)).click();
        settle();
        assertThat(sectionHeading("Check your answers")).isVisible();
    }

    /** A link by its exact name (previous and next section are links). */
    Locator link(String name) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Escapes regular-expression characters; Playwright matches names in JavaScript, which has no \Q...\E quoting. */
    static String literal(String text) {
        return text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
    }

    void settle() {
        BrowserTest.waitForVaadin(page);
    }
}
