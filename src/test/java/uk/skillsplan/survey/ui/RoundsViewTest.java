package uk.skillsplan.survey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNoDialogs;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.skillsplan.base.ui.AccessDeniedView;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.response.ui.RoundProgressView;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.KaribuTest;
import uk.skillsplan.testing.SurveyTestData;

class RoundsViewTest extends KaribuTest {

    private static final String EMPLOYER_CORE_LABEL = "Employer skills and job quality (version 1)";

    @Autowired
    JdbcClient jdbc;

    private SurveyTestData data;

    @BeforeEach
    void setUpData() {
        data = new SurveyTestData(applicationContext);
    }

    @Test
    void the_erb_lead_opens_the_dialog_to_open_a_round() {
        open("erb");

        _click(button("Open a round"));

        OpenRoundDialog dialog = _get(OpenRoundDialog.class);
        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Open a survey round");
        assertThat(dialog.opensOn.getValue()).isEqualTo(data.today());
        assertThat(dialog.closesOn.getValue()).isNull();
    }

    @Test
    void an_empty_form_shows_an_error_next_to_each_field_and_opens_nothing() {
        open("erb");
        int before = roundsInWestYorkshire();
        int rowsBefore = GridKt._size(grid());

        _click(button("Open a round"));
        OpenRoundDialog dialog = _get(OpenRoundDialog.class);
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.title.isInvalid()).isTrue();
        assertThat(dialog.title.getErrorMessage()).isEqualTo("Give the round a name, for example \"Employer survey 2026\".");
        assertThat(dialog.questionnaire.isInvalid()).isTrue();
        assertThat(dialog.questionnaire.getErrorMessage()).isEqualTo("Choose a questionnaire.");
        assertThat(dialog.audience.isInvalid()).isTrue();
        assertThat(dialog.audience.getErrorMessage()).isEqualTo("Choose who is asked to answer.");
        assertThat(dialog.closesOn.isInvalid()).isTrue();
        assertThat(dialog.closesOn.getErrorMessage()).isEqualTo("Choose the closing date.");
        assertThat(dialog.opensOn.isInvalid()).isFalse();
        assertThat(roundsInWestYorkshire()).isEqualTo(before);
        assertThat(GridKt._size(grid())).isEqualTo(rowsBefore);
    }

    @Test
    void a_closing_date_before_the_opening_date_is_shown_on_the_closing_date_and_opens_nothing() {
        open("erb");
        String title = SurveyTestData.unique("Backwards round");

        _click(button("Open a round"));
        OpenRoundDialog dialog = _get(OpenRoundDialog.class);
        _setValue(dialog.title, title);
        ComboBoxKt.selectByLabel(dialog.questionnaire, EMPLOYER_CORE_LABEL);
        _setValue(dialog.opensOn, data.today().plusDays(10));
        _setValue(dialog.closesOn, data.today().plusDays(5));
        _click(dialog.save);

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.title.isInvalid()).isFalse();
        assertThat(dialog.closesOn.isInvalid()).isTrue();
        assertThat(dialog.closesOn.getErrorMessage()).isEqualTo("The closing date must be on or after the opening date.");
        assertThat(jdbc.sql("select count(*) from survey_round where title = ?").param(title).query(Integer.class).single())
                .isZero();
    }

    @Test
    void a_valid_round_is_opened_and_appears_in_the_list() {
        open("erb");
        String title = SurveyTestData.unique("Karibu employer survey");
        LocalDate closes = data.today().plusDays(21);

        _click(button("Open a round"));
        OpenRoundDialog dialog = _get(OpenRoundDialog.class);
        _setValue(dialog.title, title);
        ComboBoxKt.selectByLabel(dialog.questionnaire, EMPLOYER_CORE_LABEL);
        assertThat(dialog.audience.getValue()).containsExactly(OrganisationKind.EMPLOYER);
        _setValue(dialog.closesOn, closes);
        _click(dialog.save);

        _assertNoDialogs();
        NotificationsKt.expectNotifications("Opened " + title + ".");
        assertThat(GridKt._findAll(grid())).filteredOn(r -> r.title().equals(title)).singleElement().satisfies(round -> {
            assertThat(round.lsipCode()).isEqualTo(SurveyTestData.WEST_YORKSHIRE);
            assertThat(round.questionnaireCode()).isEqualTo("EMPLOYER_CORE");
            assertThat(round.audience()).containsExactly(OrganisationKind.EMPLOYER);
            assertThat(round.opensOn()).isEqualTo(data.today());
            assertThat(round.closesOn()).isEqualTo(closes);
            assertThat(round.isOpen()).isTrue();
        });
        int row = rowOf(title);
        assertThat(GridKt._getFormattedRow(grid(), row)).contains("Employer skills and job quality v1", "Employer", "Open")
                .anySatisfy(cell -> assertThat(cell).contains("text='" + title + "'"));
    }

    @Test
    void the_erb_lead_sees_the_rounds_of_their_own_area_only() {
        SurveyRoundSummary mine = data.openEmployerRound("Our round");
        SurveyRoundSummary theirs = data.openRound("erb.gm", "Their round", data.employerCore(), Set.of(OrganisationKind.EMPLOYER));
        open("erb");

        List<SurveyRoundSummary> rows = GridKt._findAll(grid());

        assertThat(rows).extracting(SurveyRoundSummary::id).contains(mine.id()).doesNotContain(theirs.id());
        assertThat(rows).allSatisfy(r -> assertThat(r.lsipCode()).isEqualTo(SurveyTestData.WEST_YORKSHIRE));
    }

    @Test
    void clicking_a_round_opens_its_progress() {
        SurveyRoundSummary round = data.openEmployerRound("Click me");
        open("erb");

        GridKt._clickItem(grid(), rowOf(round.title()));

        // A subclass: Spring proxies the view for its @RolesAllowed public methods.
        assertThat(RoundProgressView.class).isAssignableFrom(NavigatorKt.getCurrentView());
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("rounds/" + round.id());
        assertThat(_get(com.vaadin.flow.component.html.H1.class).getText()).isEqualTo(round.title());
    }

    @Test
    void an_administrator_sees_rounds_of_every_area_but_cannot_open_one() {
        SurveyRoundSummary westYorkshire = data.openEmployerRound("Admin view WY");
        SurveyRoundSummary manchester = data.openRound("erb.gm", "Admin view GM", data.employerCore(),
                Set.of(OrganisationKind.EMPLOYER));
        open("admin");

        assertThat(GridKt._findAll(grid())).extracting(SurveyRoundSummary::id).contains(westYorkshire.id(), manchester.id());
        _assertNone(Button.class, spec -> spec.withText("Open a round"));
        assertThat(_get(RoundsView.class).open.isVisible()).isFalse();
    }

    @Test
    void respondents_cannot_open_the_list_of_rounds() {
        login("employer");
        navigate("rounds");

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(AccessDeniedView.class);
    }

    private void open(String username) {
        login(username);
        navigate("rounds");
    }

    @SuppressWarnings("unchecked")
    private static Grid<SurveyRoundSummary> grid() {
        return _get(Grid.class);
    }

    private static int rowOf(String title) {
        List<SurveyRoundSummary> rows = GridKt._findAll(grid());
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).title().equals(title)) {
                return i;
            }
        }
        throw new AssertionError("No row for " + title);
    }

    private static Button button(String text) {
        return _get(Button.class, spec -> spec.withText(text));
    }

    private int roundsInWestYorkshire() {
        return jdbc.sql("select count(*) from survey_round where lsip_code = ?").param(SurveyTestData.WEST_YORKSHIRE)
                .query(Integer.class).single();
    }
}
