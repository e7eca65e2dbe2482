package uk.skillsplan.response;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.skillsplan.testing.Axe;
import uk.skillsplan.testing.BrowserTest;

/** A college and a council each find their own survey, start it and answer a first question. */
class ProviderAndCouncilSurveyJourneyTest extends BrowserTest {

    private static final String PASSWORD = "Skills-Demo-2026";

    @ParameterizedTest(name = "{0} starts the {1} and answers {4}")
    @CsvSource(delimiter = '|', textBlock = """
            provider | Provider survey 2026 | Bradford | About your organisation | PROVIDER_TYPE  | General further education college
            council  | Council survey 2026  | Leeds    | About your authority    | AUTHORITY_TYPE | Metropolitan borough or district council
            """)
    void respondentStartsTheirSurveyAndAnswersAQuestion(String username, String round, String councilArea,
                                                        String firstSection,
                                                        String questionCode, String answer) {
        open("/login");
        signIn(username, PASSWORD);
        SurveyForm survey = new SurveyForm(page);
        assertThat(survey.card(round)).containsText("Open until");
        // Only their own kind of survey is offered.
        assertThat(survey.card("Employer skills survey 2026")).hasCount(0);

        survey.openYourSurveys();
        survey.startOrContinue(round);
        assertThat(survey.sectionHeading(firstSection)).isVisible();
        // The council area is known from the directory.
        assertThat(survey.radio("LOCAL_AUTHORITY", councilArea)).isChecked();

        survey.choose(questionCode, answer);
        assertThat(survey.saveState()).containsText("Saved at");
        assertThat(survey.radio(questionCode, answer)).isChecked();
        screenshot("survey-" + username + "-first-section");
        Axe.assertNoSeriousViolations(page, "first section of the " + round + " (" + username + ")");
    }
}
