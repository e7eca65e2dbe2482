package uk.skillsplan.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.base.Dates;
import uk.skillsplan.base.ui.AccessDeniedView;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.response.ResponseStatus;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.NewRound;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.KaribuTest;
import uk.skillsplan.testing.SurveyTestData;

class MySurveysViewTest extends KaribuTest {

    /** Cumberland, in the Cumbria LSIP area, where no test or demo data opens rounds. */
    private static final String CUMBERLAND = "E06000063";

    @Autowired
    ResponseService responses;

    @Autowired
    SurveyRoundService rounds;

    private SurveyTestData data;

    @BeforeEach
    void setUpData() {
        data = new SurveyTestData(applicationContext);
    }

    @Test
    void an_employer_sees_an_open_round_with_a_start_button() {
        SurveyRoundSummary round = data.openEmployerRound("Start me");
        open("employer");

        Section card = card(round.title());

        assertThat(texts(card)).containsExactly("Employer skills and job quality. Open until "
                + Dates.format(round.closesOn()) + ".", "Your answers: not started");
        assertThat(_get(card, Button.class).getText()).isEqualTo("Start");
        assertThat(_get(card, Button.class).getAriaLabel()).contains("Start: " + round.title());
    }

    @Test
    void start_begins_the_response_and_opens_it() {
        SurveyRoundSummary round = data.openEmployerRound("Start and open");
        open("employer");

        _click(_get(card(round.title()), Button.class, spec -> spec.withText("Start")));

        long id = responses.mine(round.id()).orElseThrow().id();
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("response/" + id);
        assertThat(_get(H1.class).getText()).isEqualTo("Employer skills and job quality");
    }

    @Test
    void a_started_response_is_continued() {
        SurveyRoundSummary round = data.openEmployerRound("Continue me");
        long id = data.as("employer", () -> responses.startOrResume(round.id()).id());
        open("employer");

        Section card = card(round.title());

        assertThat(texts(card)).contains("Your answers: " + ResponseStatus.DRAFT.label());
        _click(_get(card, Button.class, spec -> spec.withText("Continue")));
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("response/" + id);
    }

    @Test
    void after_the_closing_date_answers_given_can_be_viewed_and_a_round_not_started_offers_nothing() {
        SurveyRoundSummary answered = data.openEmployerRound("Closed answered");
        SurveyRoundSummary unanswered = data.openEmployerRound("Closed unanswered");
        data.as("employer", () -> responses.startOrResume(answered.id()));
        data.dayAfterClosing(answered); // both rounds close on the same day
        open("employer");

        Section answeredCard = card(answered.title());
        assertThat(texts(answeredCard)).contains("Employer skills and job quality. Closed on "
                + Dates.format(answered.closesOn()) + ".");
        assertThat(_get(answeredCard, Button.class).getText()).isEqualTo("View your answers");
        assertThat(_get(answeredCard, Button.class).getAriaLabel()).contains("View your answers: " + answered.title());
        _assertNone(card(unanswered.title()), Button.class);
    }

    @Test
    void a_round_that_opens_later_is_listed_without_a_button() {
        SurveyRoundSummary later = data.as("erb", () -> rounds.open(new NewRound(SurveyTestData.unique("Opens later"),
                data.employerCore(), Set.of(OrganisationKind.EMPLOYER), data.today().plusDays(5), data.today().plusDays(40))));
        open("employer");

        Section card = card(later.title());

        assertThat(texts(card)).contains("Employer skills and job quality. Opens on " + Dates.format(later.opensOn()) + ".");
        _assertNone(card, Button.class);
    }

    @Test
    void rounds_of_another_area_or_for_other_kinds_of_organisation_are_not_listed() {
        SurveyRoundSummary manchester = data.openRound("erb.gm", "Manchester employers", data.employerCore(),
                Set.of(OrganisationKind.EMPLOYER));
        SurveyRoundSummary colleges = data.openRound("erb", "Colleges only", data.versionId("PROVIDER_CORE"),
                Set.of(OrganisationKind.PROVIDER));
        SurveyRoundSummary employers = data.openEmployerRound("Employers here");
        open("employer");

        List<String> titles = _find(H2.class).stream().map(H2::getText).toList();

        assertThat(titles).contains(employers.title()).doesNotContain(manchester.title(), colleges.title());
    }

    @Test
    void a_council_whose_area_has_no_survey_is_told_so() {
        OrganisationSummary council = data.newOrganisation(OrganisationKind.COUNCIL, "Cumberland council", CUMBERLAND);
        String officer = data.newAccount(Role.COUNCIL, council.id(), "Cumbria officer");
        open(officer);

        assertThat(_get(Paragraph.class).getText()).isEqualTo("Your area has no survey for your organisation yet. When "
                + "your Employer Representative Body opens one, it will appear here and on your home page.");
        _assertNone(Section.class);
        _assertNone(Button.class, spec -> spec.withPredicate(b -> b.getText().startsWith("Start")));
    }

    @Test
    void an_erb_lead_cannot_open_the_respondents_page() {
        open("erb");

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(AccessDeniedView.class);
    }

    private void open(String username) {
        login(username);
        navigate("surveys");
    }

    private static Section card(String title) {
        return _get(Section.class, spec -> spec.withPredicate(section -> section.getChildren()
                .anyMatch(child -> child instanceof H2 heading && heading.getText().equals(title))));
    }

    private static List<String> texts(Section card) {
        return _find(card, Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}
