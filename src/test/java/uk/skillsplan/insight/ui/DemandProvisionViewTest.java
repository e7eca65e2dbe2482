package uk.skillsplan.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.base.ui.ServiceAccessDeniedView;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.insight.AnalysableRound;
import uk.skillsplan.insight.DemandMeasure;
import uk.skillsplan.insight.DemandProvisionGaps;
import uk.skillsplan.insight.DemandProvisionService;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.InsightExportService;
import uk.skillsplan.insight.InsightService;
import uk.skillsplan.insight.SubjectGap;
import uk.skillsplan.response.Cell;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.testing.KaribuTest;
import uk.skillsplan.testing.SurveyTestData;

class DemandProvisionViewTest extends KaribuTest {

    @Autowired
    InsightService insight;
    @Autowired
    DemandProvisionService service;
    @Autowired
    SurveyRoundService rounds;
    @Autowired
    ResponseService responses;
    @Autowired
    InsightExportService exports;

    private SurveyTestData data;
    private AnalysableRound round;

    @BeforeEach
    void theDemoEmployerRound() {
        data = new SurveyTestData(applicationContext);
        round = DemoRounds.employerRound(data, insight, "erb", SurveyTestData.WEST_YORKSHIRE);
    }

    @Test
    void the_erb_lead_sees_each_subject_area_with_both_sides_the_gap_index_a_chart_and_the_crosswalk() {
        login("erb");
        DemoRounds.go(DemandProvisionView.ROUTE + "?round=" + round.id());
        DemandProvisionView view = _get(DemandProvisionView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Demand and provision in West Yorkshire");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("What each side rests on",
                "Shares of demand and provision", "Gap index by subject area");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith(DemandProvisionGaps.APPROXIMATION));
        assertThat(view.chart).isNotNull();
        assertThat(_get(Details.class).getSummaryText()).contains("approximation");
        assertThat(view.gaps.rows()).hasSize(14);
        assertThat(view.gaps.achievementsTotal()).as("the demo's DfE achievements are chosen").isNotNull();
        List<String> headers = view.grid.getColumns().stream().map(c -> c.getHeaderText()).toList();
        assertThat(headers).contains("Demand", "Share of demand", "DfE achievements", "Gap index (DfE)", "Note");
        int demand = headers.indexOf("Demand");
        int gap = headers.indexOf("Gap index (DfE)");
        int note = headers.indexOf("Note");
        for (int i = 0; i < view.gaps.rows().size(); i++) {
            SubjectGap row = view.gaps.rows().get(i);
            List<String> cells = GridKt._getFormattedRow(view.grid, i);
            if (row.demand().suppressed()) {
                assertThat(cells.get(demand)).isEqualTo(Figure.SUPPRESSED_MARK);
                assertThat(cells.get(gap)).as("no gap index beside a hidden side").isEmpty();
                assertThat(cells.get(note)).contains(row.demand().suppression().explanation());
            } else {
                assertThat(cells.get(demand)).matches("[0-9,.]+");
            }
        }
    }

    @Test
    void the_page_shows_the_services_figures_for_the_measure_chosen_and_keeps_it_in_the_address() {
        login("council");
        DemoRounds.go(DemandProvisionView.ROUTE + "?round=" + round.id());
        _setValue(_get(DemandProvisionView.class).measure, DemandMeasure.FUTURE_NEEDS);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .contains("measure=FUTURE_NEEDS");
        DemandProvisionView view = _get(DemandProvisionView.class);
        DemandProvisionGaps direct = data.as("council", () -> service.gaps(view.gaps.query()));
        assertThat(view.gaps.query().measure()).isEqualTo(DemandMeasure.FUTURE_NEEDS);
        assertThat(view.gaps.rows()).extracting(r -> r.demand().value())
                .containsExactlyElementsOf(direct.rows().stream().map(r -> r.demand().value()).toList());
    }

    @Test
    void a_provider_sees_the_subject_areas_it_teaches_marked() {
        long college = data.newOrganisation(OrganisationKind.PROVIDER, "Gap page college", SurveyTestData.LEEDS).id();
        String provider = data.newAccount(Role.PROVIDER, college, "Gap Page Tutor");
        data.as(provider, () -> {
            long providerRound = rounds.roundsForMe().stream().filter(r -> r.audience().contains(OrganisationKind.PROVIDER))
                    .findFirst().orElseThrow().id();
            long response = responses.startOrResume(providerRound).id();
            return responses.save(response, Map.of("SSA_OFFERED", List.of(Cell.choice("SSA_05"))));
        });
        login(provider);
        DemoRounds.go(DemandProvisionView.ROUTE + "?round=" + round.id());
        DemandProvisionView view = _get(DemandProvisionView.class);

        for (int i = 0; i < view.gaps.rows().size(); i++) {
            String name = GridKt._getFormattedRow(view.grid, i).getFirst();
            String code = view.gaps.rows().get(i).ssaCode();
            assertThat(name.contains(DemandProvisionView.YOURS)).as(code).isEqualTo(code.equals("SSA_05"));
        }
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Your answers");
    }

    @Test
    void an_administrator_chooses_the_area_first() {
        login("admin");
        DemoRounds.go(DemandProvisionView.ROUTE);

        assertThat(_get(Paragraph.class, spec -> spec.withText("Choose an LSIP area to set its employers' demand against its provision.")))
                .isNotNull();
    }

    @Test
    void another_areas_page_is_refused() {
        login("council");
        DemoRounds.go(DemandProvisionView.ROUTE + "?area=" + SurveyTestData.GREATER_MANCHESTER);
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ServiceAccessDeniedView.class);
    }

    @Test
    void the_table_downloads_as_csv_and_excel_with_the_approximation_through_the_export_service() throws Exception {
        login("erb");
        DemoRounds.go(DemandProvisionView.ROUTE + "?round=" + round.id());
        DemandProvisionView view = _get(DemandProvisionView.class);
        var out = new java.io.ByteArrayOutputStream();
        exports.exportGaps(view.gaps.query(), InsightExportService.Format.CSV, out);

        String csv = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFsubject_area_code,subject_area,demand,").contains("SSA_05,\"Construction, Planning")
                .contains("approximation").doesNotContain("SSA_14");
        List<com.vaadin.flow.component.html.Anchor> links = _find(view.downloads, com.vaadin.flow.component.html.Anchor.class);
        assertThat(links).extracting(a -> a.getElement().getAttribute("aria-label")).containsExactly(
                "Download demand and provision by subject area as CSV", "Download demand and provision by subject area as Excel");
        assertThat(links).allSatisfy(a -> assertThat(a.getHref()).isNotBlank());
    }
}
