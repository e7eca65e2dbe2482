package uk.skillsplan.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.base.Dates;
import uk.skillsplan.base.ui.ServiceAccessDeniedView;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.response.ChaseFilter;
import uk.skillsplan.response.CollectionMode;
import uk.skillsplan.response.NonRespondent;
import uk.skillsplan.response.ProgressRow;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.response.ResponseSummary;
import uk.skillsplan.response.RoundProgress;
import uk.skillsplan.response.RoundProgressService;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.KaribuTest;
import uk.skillsplan.testing.SurveyTestData;

class RoundProgressViewTest extends KaribuTest {

    @Autowired
    ResponseService responses;

    @Autowired
    RoundProgressService progress;

    @Autowired
    SurveyRoundService rounds;

    private SurveyTestData data;
    private SurveyRoundSummary round;
    private OrganisationSummary submitter;
    private OrganisationSummary silent;

    @BeforeEach
    void openARoundWithOneSubmission() {
        data = new SurveyTestData(applicationContext);
        round = data.openEmployerRound("Progress page");
        submitter = data.newEmployer("Progress page submitter", SurveyTestData.LEEDS, "C", SizeBand.SMALL);
        silent = data.newEmployer("Progress page silent", SurveyTestData.BRADFORD, "J", SizeBand.MICRO);
        data.as("erb", () -> {
            long id = responses.startOnBehalf(round.id(), submitter.id()).id();
            data.complete(id, 5);
            return responses.submit(id);
        });
    }

    @Test
    void the_erb_lead_sees_the_counts_by_local_authority_sector_and_size() {
        open("erb");
        RoundProgress counts = data.as("erb", () -> progress.progress(round.id()));
        int invited = counts.total().invited();

        assertThat(_get(H1.class).getText()).isEqualTo(round.title());
        assertThat(summary()).isEqualTo("Employer skills and job quality (version 1). Open: " + Dates.format(round.opensOn())
                + " to " + Dates.format(round.closesOn()) + ". 1 of " + invited + " organisations have submitted ("
                + Math.round(100f / invited) + "%), 0 more have started.");
        assertThat(GridKt._findAll(grid("Responses by local authority"))).isEqualTo(counts.byLocalAuthority());
        assertThat(GridKt._findAll(grid("Responses by industry"))).isEqualTo(counts.bySector());
        assertThat(GridKt._findAll(grid("Responses by size band"))).isEqualTo(counts.bySizeBand());
        Grid<ProgressRow> byLocalAuthority = grid("Responses by local authority");
        int leeds = rowIndex(byLocalAuthority, row -> row.code().equals(SurveyTestData.LEEDS));
        ProgressRow leedsRow = GridKt._get(byLocalAuthority, leeds);
        assertThat(leedsRow.submitted()).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(byLocalAuthority, leeds)).containsExactly("Leeds",
                String.valueOf(leedsRow.invited()), "1", "1", leedsRow.submittedPercent() + "%");
    }

    @Test
    void the_organisations_still_to_answer_are_listed_without_those_that_submitted() {
        open("erb");

        Grid<NonRespondent> toChase = grid("Organisations that have not submitted");
        List<NonRespondent> rows = GridKt._findAll(toChase);

        assertThat(GridKt._size(toChase)).isEqualTo(data.as("erb", () -> progress.countNotSubmitted(round.id())));
        assertThat(rows).extracting(NonRespondent::organisationId).contains(silent.id()).doesNotContain(submitter.id());
        int row = rowIndex(toChase, n -> n.organisationId() == silent.id());
        assertThat(GridKt._getFormattedRow(toChase, row)).startsWith(silent.name(), "Bradford", "J", "micro", "Not started");
    }

    @Test
    void the_address_narrows_the_chase_list_and_the_page_says_so_and_offers_to_show_everyone() {
        OrganisationSummary leedsMicroJ = data.newEmployer("Progress page Leeds coder", SurveyTestData.LEEDS, "J", SizeBand.MICRO);
        login("erb");
        go("rounds/" + round.id() + "?sic=J&sic=K&size=micro&lad=" + SurveyTestData.LEEDS);

        Grid<NonRespondent> toChase = grid("Organisations that have not submitted");
        ChaseFilter filter = new ChaseFilter(java.util.Set.of("J", "K"), "micro", SurveyTestData.LEEDS);
        List<NonRespondent> rows = GridKt._findAll(toChase);
        assertThat(rows).isEqualTo(data.as("erb", () -> progress.notSubmitted(round.id(), filter, 0, 100_000)));
        assertThat(rows).extracting(NonRespondent::organisationId).contains(leedsMicroJ.id()).doesNotContain(silent.id());
        assertThat(rows).allSatisfy(n -> {
            assertThat(n.sicSection()).isIn("J", "K");
            assertThat(n.sizeBand()).isEqualTo("micro");
            assertThat(n.localAuthority()).isEqualTo("Leeds");
        });
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("sp-filter-applied")).getText()).isEqualTo(
                "Showing only organisations in SIC sections J (Information and communication), K (Financial and insurance "
                        + "activities); size band Micro (0 to 9); local authority Leeds.");
        Anchor clear = _get(Anchor.class, spec -> spec.withText("Show every organisation still to answer"));
        assertThat(clear.getHref()).isEqualTo("rounds/" + round.id());

        navigate(clear.getHref());

        _assertNone(Paragraph.class, spec -> spec.withClasses("sp-filter-applied"));
        assertThat(GridKt._size(toChase)).isEqualTo(data.as("erb", () -> progress.countNotSubmitted(round.id())));
        assertThat(toChase.getColumns()).extracting(Grid.Column::getHeaderText)
                .as("the reused view adds its columns once").doesNotHaveDuplicates();
    }

    @Test
    void an_address_with_a_filter_the_page_does_not_know_lists_everyone_and_says_why() {
        login("erb");
        go("rounds/" + round.id() + "?size=enormous");

        NotificationsKt.expectNotifications("The address asks for a filter this page does not know, so every organisation is listed.");
        _assertNone(Paragraph.class, spec -> spec.withClasses("sp-filter-applied"));
        assertThat(GridKt._size(grid("Organisations that have not submitted")))
                .isEqualTo(data.as("erb", () -> progress.countNotSubmitted(round.id())));
    }

    @Test
    void the_erb_lead_of_another_area_is_refused_the_filtered_chase_list_too() {
        login("erb.gm");
        go("rounds/" + round.id() + "?sic=C&size=small");

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ServiceAccessDeniedView.class);
        _assertNone(Grid.class);
    }

    @Test
    void enter_answers_starts_a_response_on_the_organisations_behalf_and_opens_it() {
        open("erb");
        Grid<NonRespondent> toChase = grid("Organisations that have not submitted");
        NonRespondent target = GridKt._get(toChase, rowIndex(toChase, n -> n.organisationId() == silent.id()));

        Button enter = enterAnswersButton(toChase, target);
        assertThat(enter.getText()).isEqualTo("Enter answers");
        assertThat(enter.getAriaLabel()).contains("Enter answers for " + silent.name());
        _click(enter);

        ResponseSummary started = data.as("erb", () -> responses.startOnBehalf(round.id(), silent.id()));
        assertThat(started.collectionMode()).isEqualTo(CollectionMode.ON_BEHALF);
        assertThat(NavigatorKt.getCurrentPath()).isEqualTo("response/" + started.id());
        assertThat(_get(H1.class).getText()).isEqualTo("Employer skills and job quality");
    }

    @Test
    void the_erb_lead_extends_the_round_from_the_page() {
        open("erb");
        LocalDate later = round.closesOn().plusDays(10);

        _setValue(_get(DatePicker.class, spec -> spec.withLabel("New closing date")), later);
        _click(_get(Button.class, spec -> spec.withText("Extend the round")));

        NotificationsKt.expectNotifications("The round now closes on " + Dates.format(later) + ".");
        assertThat(summary()).contains(" to " + Dates.format(later) + ". ");
        assertThat(data.as("erb", () -> rounds.get(round.id()).closesOn())).isEqualTo(later);
    }

    @Test
    void an_earlier_closing_date_is_shown_as_an_error_and_the_round_keeps_its_date() {
        open("erb");
        DatePicker newDate = _get(DatePicker.class, spec -> spec.withLabel("New closing date"));

        _setValue(newDate, round.closesOn().minusDays(1));
        _click(_get(Button.class, spec -> spec.withText("Extend the round")));

        assertThat(newDate.isInvalid()).isTrue();
        assertThat(newDate.getErrorMessage()).isEqualTo("Choose a date after the current closing date ("
                + Dates.format(round.closesOn()) + ").");
        assertThat(data.as("erb", () -> rounds.get(round.id()).closesOn())).isEqualTo(round.closesOn());
    }

    @Test
    void after_the_closing_date_answers_can_no_longer_be_entered_on_behalf() {
        data.dayAfterClosing(round);
        open("erb");

        Grid<NonRespondent> toChase = grid("Organisations that have not submitted");
        NonRespondent target = GridKt._get(toChase, rowIndex(toChase, n -> n.organisationId() == silent.id()));

        assertThat(enterAnswersButton(toChase, target).isEnabled()).isFalse();
        assertThat(summary()).startsWith("Employer skills and job quality (version 1). Closed: ");
    }

    @Test
    void an_administrator_sees_the_progress_but_neither_extends_nor_enters_answers() {
        open("admin");

        assertThat(_get(H1.class).getText()).isEqualTo(round.title());
        _assertNone(Button.class, spec -> spec.withText("Extend the round"));
        Grid<NonRespondent> toChase = grid("Organisations that have not submitted");
        assertThat(toChase.getColumns()).extracting(Grid.Column::getHeaderText).doesNotContain("On their behalf");
    }

    @Test
    void the_erb_lead_of_another_area_is_refused_the_page() {
        open("erb.gm");

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ServiceAccessDeniedView.class);
        _assertNone(Grid.class);
    }

    @Test
    void an_uploaded_file_is_checked_and_its_outcome_shown() {
        open("erb");
        Upload upload = _get(Upload.class);

        UploadKt._upload(upload, "responses.csv", "text/csv",
                "organisation_id,EMP_TOTAL\n987654321,1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        MockVaadin.clientRoundtrip(false);

        assertThat(importOutcome()).startsWith("Nothing was imported: responses.csv has");
    }

    @Test
    void the_upload_refuses_a_file_over_the_limit_in_the_browser_and_on_the_server() {
        open("erb");
        Upload upload = _get(Upload.class);
        assertThat(upload.getMaxFileSize()).as("checked in the browser").isEqualTo(8 * 1024 * 1024);

        UploadKt._upload(upload, "responses.csv", "text/csv", new byte[8 * 1024 * 1024 + 1]);
        MockVaadin.clientRoundtrip(false);

        assertThat(importOutcome()).contains("The file is larger than 8 MB");
    }

    private static String importOutcome() {
        return _get(com.vaadin.flow.component.html.Div.class,
                spec -> spec.withPredicate(d -> "status".equals(d.getElement().getAttribute("role")))).getElement()
                .getTextRecursively();
    }

    /** Opens an address with its query string, as a link or bookmark would. */
    private static void go(String address) {
        int q = address.indexOf('?');
        com.vaadin.flow.component.UI.getCurrent().navigate(q < 0 ? address : address.substring(0, q),
                com.vaadin.flow.router.QueryParameters.fromString(q < 0 ? "" : address.substring(q + 1)));
    }

    private void open(String username) {
        login(username);
        navigate("rounds/" + round.id());
    }

    private static String summary() {
        return _get(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withPredicate(p -> p.getText().startsWith("Employer skills and job quality (version 1)."))).getText();
    }

    @SuppressWarnings("unchecked")
    private static <T> Grid<T> grid(String ariaLabel) {
        return _get(Grid.class, spec -> spec.withPredicate(g -> g.getAriaLabel().filter(ariaLabel::equals).isPresent()));
    }

    private static <T> int rowIndex(Grid<T> grid, java.util.function.Predicate<T> match) {
        List<T> rows = GridKt._findAll(grid);
        for (int i = 0; i < rows.size(); i++) {
            if (match.test(rows.get(i))) {
                return i;
            }
        }
        throw new AssertionError("No matching row in " + grid.getAriaLabel().orElse("grid"));
    }

    /** The button the "On their behalf" column renders for a row (the column has no key to look it up by). */
    @SuppressWarnings("unchecked")
    private static Button enterAnswersButton(Grid<NonRespondent> grid, NonRespondent row) {
        Grid.Column<NonRespondent> column = GridKt._getColumnByHeader(grid, "On their behalf");
        return ((ComponentRenderer<Button, NonRespondent>) column.getRenderer()).createComponent(row);
    }
}
