package uk.skillsplan.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.base.ui.RecordNotFoundView;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.insight.InsightExportService;
import uk.skillsplan.insight.InsightService;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.KaribuTest;
import uk.skillsplan.testing.SurveyTestData;

class HowYouCompareViewTest extends KaribuTest {

    @Autowired
    InsightService insight;

    @Autowired
    SurveyRoundService rounds;

    @Autowired
    ResponseService responses;

    @Autowired
    InsightExportService exports;

    private SurveyTestData data;
    private String employer;
    private SurveyRoundSummary round;

    @BeforeEach
    void anEmployerWhoHasSubmitted() {
        data = new SurveyTestData(applicationContext);
        long site = data.newEmployer("Compare page employer", SurveyTestData.LEEDS, "C", SizeBand.SMALL).id();
        employer = data.newAccount(Role.EMPLOYER, site, "Compare Page Owner");
        round = data.as(employer, () -> rounds.roundsForMe().stream()
                .filter(r -> r.title().equals(DemoRounds.EMPLOYER_ROUND)).findFirst().orElseThrow());
        data.as(employer, () -> {
            long id = responses.startOrResume(round.id()).id();
            data.complete(id, 12);
            return responses.submit(id);
        });
    }

    @Test
    void an_employer_who_has_submitted_sees_their_figures_beside_their_sector_area_and_england() {
        login(employer);
        DemoRounds.go("insight/compare?round=" + round.id());
        HowYouCompareView view = _get(HowYouCompareView.class);

        var expected = data.as(employer, () -> insight.howYouCompare(round.id()));
        assertThat(GridKt._findAll(view.grid)).extracting(c -> c.metric().code())
                .containsExactlyElementsOf(expected.stream().map(c -> c.metric().code()).toList());
        assertThat(GridKt._findAll(view.grid)).anySatisfy(c -> assertThat(c.own()).isNotNull());
        assertThat(view.chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("sp-freshness")).getText()).startsWith("Figures computed at ");
        assertThat(view.chart.options().get("series")).hasSize(4);
        assertThat(view.summary.getText()).startsWith("Your site beside your sector, your area and England on ");
    }

    @Test
    void the_comparison_downloads_as_csv_and_excel_with_the_same_figures_and_c_for_hidden_ones() throws Exception {
        login(employer);
        DemoRounds.go("insight/compare?round=" + round.id());
        HowYouCompareView view = _get(HowYouCompareView.class);
        assertThat(_find(view.downloads, com.vaadin.flow.component.html.Anchor.class))
                .extracting(a -> a.getElement().getAttribute("aria-label"))
                .containsExactly("Download how you compare as CSV", "Download how you compare as Excel");

        var expected = data.as(employer, () -> insight.howYouCompare(round.id()));
        var out = new java.io.ByteArrayOutputStream();
        data.as(employer, () -> download(InsightExportService.Format.CSV, out));
        var records = org.apache.commons.csv.CSVFormat.DEFAULT.parse(new java.io.StringReader(
                out.toString(java.nio.charset.StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(records).hasSize(expected.size() + 1);
        for (int i = 0; i < expected.size(); i++) {
            var c = expected.get(i);
            assertThat(records.get(i + 1).get(0)).isEqualTo(c.metric().code());
            String area = records.get(i + 1).get(5);
            if (c.area().suppressed()) {
                assertThat(area).isEqualTo("c");
            } else {
                assertThat(Double.parseDouble(area)).isCloseTo(c.area().value() * (c.metric().percent() ? 100 : 1),
                        org.assertj.core.data.Offset.offset(0.006));
            }
        }
        // Someone else's organisation cannot download it: the service asks for the caller's own submission.
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> data.as("employer2",
                () -> download(InsightExportService.Format.XLSX, new java.io.ByteArrayOutputStream()))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private Void download(InsightExportService.Format format, java.io.OutputStream out) {
        try {
            exports.exportComparison(round.id(), format, out);
            return null;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void an_employer_who_has_not_submitted_is_told_when_the_page_will_have_something() {
        login("employer");
        DemoRounds.go("insight/compare");
        assertThat(_get(Paragraph.class).getText()).startsWith("Once you have submitted your answers");
    }

    @Test
    void a_round_the_employer_did_not_submit_to_gives_a_not_found_page() {
        login(employer);
        DemoRounds.go("insight/compare?round=999999999");
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(RecordNotFoundView.class);
    }
}
