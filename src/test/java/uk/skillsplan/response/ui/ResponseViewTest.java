package uk.skillsplan.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import tools.jackson.databind.node.JsonNodeFactory;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.base.Dates;
import uk.skillsplan.base.ui.ServiceAccessDeniedView;
import uk.skillsplan.response.Answers;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.response.ResponseStatus;
import uk.skillsplan.response.RevisionSummary;
import uk.skillsplan.survey.EmployerQuestions;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.response.Cell;
import uk.skillsplan.security.Role;
import java.util.Map;
import uk.skillsplan.testing.KaribuTest;
import uk.skillsplan.testing.SignIn;
import uk.skillsplan.testing.SurveyTestData;

class ResponseViewTest extends KaribuTest {

    @Autowired
    ResponseService responses;

    private SurveyTestData data;
    private SurveyRoundSummary round;
    private long responseId;

    @BeforeEach
    void startAResponse() {
        data = new SurveyTestData(applicationContext);
        round = data.openEmployerRound("Answering");
        responseId = data.as("employer", () -> responses.startOrResume(round.id()).id());
    }

    @Test
    void the_response_opens_at_the_first_section_with_contents_and_prefilled_profile() {
        open("employer");

        assertThat(_get(H1.class).getText()).isEqualTo("Employer skills and job quality");
        assertThat(_get(H2.class).getText()).isEqualTo("About your site");
        assertThat(contents()).containsExactly("About your site (3 of 4)", "Vacancies (0 of 1)",
                "Your staff by occupation (0 of 2)", "Skills you need (0 of 3)", "Training (0 of 2)",
                "Pay, contracts and working conditions (0 of 14)", "Who you recruit (0 of 2)",
                "Working with colleges and providers (0 of 4)", "Check answers and submit");
        assertThat(status()).isEqualTo("Kirkstall Precision Engineering · Started, not submitted · You can change your "
                + "answers until " + Dates.format(round.closesOn()) + ".");
        assertThat(_get(ComboBox.class, spec -> spec.withId("q-SIC_SECTION")).getValue()).isEqualTo("C");
        assertThat(radios("q-SIZE_BAND").getValue()).isEqualTo("small");
        assertThat(radios("q-LOCAL_AUTHORITY").getValue()).isEqualTo(SurveyTestData.LEEDS);
        assertThat(employees().getValue()).isNull();
        assertThat(employees().isRequiredIndicatorVisible()).isTrue();
    }

    @Test
    void a_negative_number_of_people_is_shown_as_invalid_and_not_saved() {
        open("employer");

        _setValue(employees(), -3);

        assertThat(employees().isInvalid()).isTrue();
        assertThat(employees().getErrorMessage()).isEqualTo("Enter a number from 0 to 100000 people.");
        assertThat(saveState()).isEqualTo("Not saved: check the message next to the question.");
        assertThat(stored().has(EmployerQuestions.EMP_TOTAL)).isFalse();
    }

    @Test
    void a_save_refused_by_the_server_is_marked_not_saved_next_to_the_question_and_the_saved_time_stays() {
        open("employer");
        _setValue(employees(), 25);
        String savedAt = saveState();
        // While the page is open the person's access goes (here: the session now belongs to another
        // organisation's employer); the next change must not look saved.
        SignIn.as(userDetailsService, "employer2");

        _setValue(employees(), 30);

        assertThat(employees().isInvalid()).isTrue();
        assertThat(employees().getErrorMessage()).startsWith("Your answer was not saved: you may no longer do this");
        assertThat(saveState()).isEqualTo("Not saved: check the message next to the question.");
        assertThat(savedAt).startsWith("Saved at ");
        login("employer");
        assertThat(stored().number(EmployerQuestions.EMP_TOTAL)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("25"));
    }

    @Test
    void a_valid_number_is_saved_straight_away_and_clears_the_message() {
        open("employer");
        _setValue(employees(), -3);

        _setValue(employees(), 25);

        assertThat(employees().isInvalid()).isFalse();
        assertThat(stored().number(EmployerQuestions.EMP_TOTAL)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("25"));
        assertThat(saveState()).startsWith("Saved at ");
        assertThat(contents()).first().isEqualTo("About your site (4 of 4)");
        assertThat(status()).contains("Last changed by Priya Shah on ");
    }

    @Test
    void next_and_previous_move_between_sections_and_the_page_resumes_where_the_person_was() {
        open("employer");

        clickStep("Next: Vacancies");

        assertThat(_get(H2.class).getText()).isEqualTo("Vacancies");
        assertThat(radios("q-HAS_VACANCIES").getValue()).isNull();
        _assertNone(IntegerField.class, spec -> spec.withId("q-VAC_TOTAL"));
        assertThat(data.as("employer", () -> responses.open(responseId).response().currentSection())).isEqualTo("VACANCIES");

        navigate("surveys");
        navigate("response/" + responseId);
        assertThat(_get(H2.class).getText()).isEqualTo("Vacancies");

        clickStep("Previous: About your site");
        assertThat(_get(H2.class).getText()).isEqualTo("About your site");
    }

    @Test
    void the_contents_list_is_links_and_each_opens_its_section_here_or_on_its_own() {
        open("employer");

        assertThat(contentLinks().first().attr("aria-current")).isEqualTo("step");
        assertThat(contentLinks().get(4).attr("href")).isEqualTo("response/" + responseId + "?section=TRAINING");

        clickContents("Training (0 of 2)");

        assertThat(_get(H2.class).getText()).isEqualTo("Training");
        assertThat(contentLinks().get(4).attr("aria-current")).isEqualTo("step");
        assertThat(contentLinks().first().hasAttr("aria-current")).isFalse();
        assertThat(data.as("employer", () -> responses.open(responseId).response().currentSection())).isEqualTo("TRAINING");

        // The link followed on its own (a new tab): the page opens at that section.
        navigate("surveys");
        com.vaadin.flow.component.UI.getCurrent().navigate("response/" + responseId,
                com.vaadin.flow.router.QueryParameters.of(ResponseView.SECTION_PARAMETER, "VACANCIES"));
        assertThat(_get(H2.class).getText()).isEqualTo("Vacancies");
        com.vaadin.flow.component.UI.getCurrent().navigate("response/" + responseId,
                com.vaadin.flow.router.QueryParameters.of(ResponseView.SECTION_PARAMETER, "NO_SUCH_SECTION"));
        assertThat(_get(H2.class).getText()).isEqualTo("Vacancies");
    }

    @Test
    void answering_yes_to_vacancies_shows_the_vacancy_questions_and_no_hides_them_again() {
        open("employer");
        clickStep("Next: Vacancies");

        _setValue(radios("q-HAS_VACANCIES"), "YES");

        assertThat(_get(IntegerField.class, spec -> spec.withId("q-VAC_TOTAL")).isVisible()).isTrue();
        _setValue(_get(IntegerField.class, spec -> spec.withId("q-VAC_TOTAL")), 4);
        assertThat(contents()).element(1).isEqualTo("Vacancies (2 of 5)");

        _setValue(radios("q-HAS_VACANCIES"), "NO");

        _assertNone(IntegerField.class, spec -> spec.withId("q-VAC_TOTAL"));
        assertThat(stored().has(EmployerQuestions.VAC_TOTAL)).as("kept until submission, no longer counted").isTrue();
        assertThat(contents()).element(1).isEqualTo("Vacancies (1 of 1)");

        _setValue(radios("q-HAS_VACANCIES"), "YES");

        assertThat(_get(IntegerField.class, spec -> spec.withId("q-VAC_TOTAL")).getValue()).isEqualTo(4);
    }

    @Test
    void the_review_lists_what_is_missing_and_submit_stays_disabled() {
        open("employer");

        clickContents("Check answers and submit");

        assertThat(_get(H2.class).getText()).isEqualTo("Check your answers");
        assertThat(_find(H3.class)).extracting(H3::getText).contains("Before you can submit");
        assertThat(problemButtons()).containsExactly(
                "About your site: Answer this question: \"How many people work at this site, including you?\"",
                "Vacancies: Answer this question: \"Do you have any vacancies at this site at the moment?\"",
                "Training: Answer this question: \"In the last 12 months, have you paid for or arranged training for any "
                        + "of your staff at this site?\"",
                "Working with colleges and providers: Answer this question: \"May the Employer Representative Body and "
                        + "local colleges contact you about your answers?\"");
        Button submit = button("Submit my answers");
        assertThat(submit.isEnabled()).isFalse();
    }

    @Test
    void a_problem_in_the_review_leads_to_its_section() {
        open("employer");
        clickContents("Check answers and submit");

        _click(_get(Button.class, spec -> spec.withPredicate(b -> b.getText().startsWith("Training: "))));

        assertThat(_get(H2.class).getText()).isEqualTo("Training");
    }

    @Test
    void a_complete_response_is_submitted_from_the_review_and_the_receipt_gives_the_reference() {
        data.as("employer", () -> {
            data.complete(responseId, 12);
            responses.moveTo(responseId, "REVIEW");
            return null;
        });
        open("employer");
        assertThat(_get(H2.class).getText()).isEqualTo("Check your answers");
        assertThat(_find(H3.class)).extracting(H3::getText).doesNotContain("Before you can submit");

        _click(button("Submit my answers"));

        List<RevisionSummary> history = data.as("employer", () -> responses.history(responseId));
        assertThat(history).hasSize(1);
        String reference = history.getFirst().reference();
        assertThat(reference).isEqualTo("SP-" + round.id() + "-" + responseId + "-1");
        assertThat(_find(H3.class)).extracting(H3::getText).contains("Thank you: your answers have been submitted",
                "Submitted versions");
        assertThat(_get(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().startsWith("Your reference is ")))
                .getText()).startsWith("Your reference is " + reference + " (submitted ");
        assertThat(_find(ListItem.class)).extracting(ListItem::getText)
                .anySatisfy(item -> assertThat(item).startsWith("Version 1, reference " + reference + ", "));
        // Nothing has changed since the submission, so there is nothing to submit yet.
        _assertNone(Button.class, spec -> spec.withPredicate(b -> b.getText().startsWith("Submit my")));
        assertThat(status()).startsWith("Kirkstall Precision Engineering · Submitted");
        assertThat(data.as("employer", () -> responses.open(responseId).response().status())).isEqualTo(ResponseStatus.SUBMITTED);
    }

    @Test
    void after_the_closing_date_the_answers_are_shown_read_only() {
        data.as("employer", () -> responses.save(responseId, java.util.Map.of(EmployerQuestions.EMP_TOTAL,
                List.of(uk.skillsplan.response.Cell.number(8)))));
        data.dayAfterClosing(round);
        open("employer");

        assertThat(employees().getValue()).isEqualTo(8);
        assertThat(employees().isReadOnly()).isTrue();
        assertThat(status()).endsWith("This response can no longer be changed.");
        clickContents("Check answers and submit");
        _assertNone(Button.class, spec -> spec.withPredicate(b -> b.getText().startsWith("Change answers in ")));
        _assertNone(Button.class, spec -> spec.withPredicate(b -> b.getText().startsWith("Submit my")));
    }

    @Test
    void a_colleagues_newer_answer_is_shown_next_to_mine_and_i_choose_which_to_keep() {
        String colleague = data.newAccount(Role.EMPLOYER, data.organisationOf("employer").id(), "Dan Colleague");
        open("employer");
        data.as(colleague, () -> responses.save(responseId, Map.of(EmployerQuestions.EMP_TOTAL, List.of(Cell.number(20)))));

        _setValue(employees(), 30);

        assertThat(employees().getErrorMessage()).isEqualTo("Not saved: Dan Colleague changed this answer while you were "
                + "editing it.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("conflict-theirs")).getText()).contains("Dan Colleague")
                .endsWith("answered: 20 people");
        assertThat(_get(Paragraph.class, spec -> spec.withId("conflict-mine")).getText())
                .isEqualTo("Your answer, not saved: 30 people");
        assertThat(stored().number(EmployerQuestions.EMP_TOTAL)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("20"));

        _click(button("Save my answer instead"));

        assertThat(stored().number(EmployerQuestions.EMP_TOTAL)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("30"));
        assertThat(employees().getValue()).isEqualTo(30);
    }

    @Test
    void choosing_my_answer_does_not_overwrite_a_change_made_while_the_choice_was_open() {
        String colleague = data.newAccount(Role.EMPLOYER, data.organisationOf("employer").id(), "Dan Colleague");
        open("employer");
        data.as(colleague, () -> responses.save(responseId, Map.of(EmployerQuestions.EMP_TOTAL, List.of(Cell.number(20)))));
        _setValue(employees(), 30);
        data.as(colleague, () -> responses.save(responseId, Map.of(EmployerQuestions.EMP_TOTAL, List.of(Cell.number(25)))));

        _click(button("Save my answer instead"));

        assertThat(stored().number(EmployerQuestions.EMP_TOTAL)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("25"));
        assertThat(_get(Paragraph.class, spec -> spec.withId("conflict-theirs")).getText()).endsWith("answered: 25 people");
    }

    @Test
    void a_colleagues_change_to_another_question_stays_a_conflict_after_i_save_something_else() {
        String colleague = data.newAccount(Role.EMPLOYER, data.organisationOf("employer").id(), "Dan Colleague");
        open("employer");
        data.as(colleague, () -> responses.save(responseId, Map.of(EmployerQuestions.EMP_TOTAL, List.of(Cell.number(20)))));
        _setValue(radios("q-SIZE_BAND"), "medium");
        assertThat(radios("q-SIZE_BAND").getErrorMessage()).isNullOrEmpty();

        // The page still shows no answer to the number of people, which Dan has since given.
        _setValue(employees(), 30);

        // (The message names whoever changed the response last - here the person herself, after Dan.)
        assertThat(employees().getErrorMessage()).endsWith("changed this answer while you were editing it.");
        assertThat(stored().number(EmployerQuestions.EMP_TOTAL)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("20"));
    }

    @Test
    void another_organisation_is_refused_the_page() {
        open("employer2");

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ServiceAccessDeniedView.class);
        _assertNone(IntegerField.class, spec -> spec.withId("q-EMP_TOTAL"));
    }

    @Test
    void the_erb_lead_of_the_area_can_enter_answers_on_the_organisations_behalf() {
        open("erb");

        _setValue(employees(), 31);

        assertThat(stored().number(EmployerQuestions.EMP_TOTAL)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("31"));
        assertThat(status()).contains("Last changed by Sam Whitaker on ");
    }

    private void open(String username) {
        login(username);
        navigate("response/" + responseId);
    }

    private Answers stored() {
        return data.as("employer", () -> responses.open(responseId).answers());
    }

    private static IntegerField employees() {
        return _get(IntegerField.class, spec -> spec.withId("q-EMP_TOTAL"));
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> radios(String id) {
        return _get(RadioButtonGroup.class, spec -> spec.withId(id));
    }

    /** The contents list's links, as a person or a screen reader reads them. */
    private static List<String> contents() {
        return contentLinks().eachText();
    }

    private static org.jsoup.select.Elements contentLinks() {
        return org.jsoup.Jsoup.parseBodyFragment(_get(_get(Nav.class), Html.class).getInnerHtml()).select("a");
    }

    /** A plain click on a contents link, as the browser reports it (the link's section; no modifier key). */
    private static void clickContents(String text) {
        var link = contentLinks().stream().filter(a -> a.text().equals(text)).findFirst().orElseThrow();
        BasicUtilsKt._fireDomEvent(_get(_get(Nav.class), Html.class), "click", JsonNodeFactory.instance.objectNode()
                .put(ResponseView.LINK_SECTION, link.attr("data-section")).put(ResponseView.FOLLOW_HERE, true));
    }

    /** Previous or next section: a plain click on the link. */
    private static void clickStep(String text) {
        Html steps = _get(Html.class, spec -> spec.withClasses("sp-section-steps"));
        var link = org.jsoup.Jsoup.parseBodyFragment(steps.getInnerHtml()).select("a").stream()
                .filter(a -> a.text().equals(text)).findFirst().orElseThrow();
        BasicUtilsKt._fireDomEvent(steps, "click", JsonNodeFactory.instance.objectNode()
                .put(ResponseView.LINK_SECTION, link.attr("data-section")).put(ResponseView.FOLLOW_HERE, true));
    }

    private static List<String> problemButtons() {
        return _find(Button.class, spec -> spec.withPredicate(b -> b.getText().contains(": Answer this question: ")))
                .stream().map(Button::getText).toList();
    }

    private static String status() {
        return _get(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().startsWith("Kirkstall Precision"))).getText();
    }

    private static String saveState() {
        return _get(com.vaadin.flow.component.html.Span.class, spec -> spec.withClasses("sp-save-state")).getText();
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }
}
