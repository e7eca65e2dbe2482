package uk.skillsplan.survey.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.base.ui.AccessDeniedView;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.QuestionnaireVersionSummary;
import uk.skillsplan.testing.KaribuTest;

class QuestionnairesViewTest extends KaribuTest {

    @Autowired
    QuestionnaireService questionnaires;

    @Test
    void the_three_national_questionnaires_are_listed() {
        open("erb");

        List<QuestionnaireVersionSummary> rows = GridKt._findAll(grid());

        assertThat(rows).extracting(QuestionnaireVersionSummary::code)
                .contains("EMPLOYER_CORE", "PROVIDER_CORE", "COUNCIL_CORE");
        assertThat(rows).hasSize(questionnaires.versions().size());
        int employer = rows.stream().map(QuestionnaireVersionSummary::code).toList().indexOf("EMPLOYER_CORE");
        assertThat(GridKt._getFormattedRow(grid(), employer))
                .containsExactly("Employer skills and job quality", "EMPLOYER_CORE", "1", "Employer", "38");
    }

    @Test
    void selecting_a_questionnaire_shows_its_sections_and_question_codes() {
        open("admin");
        assertThat(_find(Details.class)).isEmpty();

        GridKt._selectRow(grid(), rowOf("EMPLOYER_CORE"));

        assertThat(_get(H2.class).getText()).isEqualTo("Employer skills and job quality (version 1)");
        assertThat(_find(Details.class)).extracting(Details::getSummaryText).startsWith(
                "About your site (4 questions)", "Vacancies (5 questions)", "Your staff by occupation (2 questions)")
                .contains("Checks across questions (13)");
        assertThat(_find(Span.class)).extracting(Span::getText).contains(
                " [EMP_TOTAL, integer, required]",
                " [VAC_TOTAL, integer, required, shown if HAS_VACANCIES is YES]",
                " [WORKFORCE, occupation grid]",
                " [COMMENTS, text]");
    }

    @Test
    void selecting_another_questionnaire_replaces_the_preview() {
        open("erb");
        GridKt._selectRow(grid(), rowOf("EMPLOYER_CORE"));

        GridKt._selectRow(grid(), rowOf("COUNCIL_CORE"));

        assertThat(_find(H2.class)).extracting(H2::getText).containsExactly("Local priorities (version 1)");
        assertThat(_find(Span.class)).extracting(Span::getText).doesNotContain(" [EMP_TOTAL, integer, required]")
                .anySatisfy(text -> assertThat(text).startsWith(" [PRIORITY_SECTORS, multiple choice"));
    }

    @Test
    void respondents_cannot_open_the_questionnaires() {
        login("provider");
        navigate("questionnaires");

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(AccessDeniedView.class);
    }

    private void open(String username) {
        login(username);
        navigate("questionnaires");
    }

    @SuppressWarnings("unchecked")
    private static Grid<QuestionnaireVersionSummary> grid() {
        return _get(Grid.class);
    }

    private static int rowOf(String code) {
        return GridKt._findAll(grid()).stream().map(QuestionnaireVersionSummary::code).toList().indexOf(code);
    }
}
