package uk.skillsplan.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.base.ui.RecordNotFoundView;
import uk.skillsplan.base.ui.ServiceAccessDeniedView;
import uk.skillsplan.insight.AnalysableRound;
import uk.skillsplan.insight.Breakdown;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.InsightFilter;
import uk.skillsplan.insight.InsightService;
import uk.skillsplan.insight.MetricQuery;
import uk.skillsplan.insight.WeightedComparison;
import uk.skillsplan.insight.WeightedInsightService;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.insight.export.FigureFormat;
import uk.skillsplan.testing.KaribuTest;
import uk.skillsplan.testing.SurveyTestData;

class AreaOverviewViewTest extends KaribuTest {

    @Autowired
    InsightService insight;
    @Autowired
    WeightedInsightService weightedService;

    private SurveyTestData data;
    private AnalysableRound round;

    @BeforeEach
    void findTheDemoRound() {
        data = new SurveyTestData(applicationContext);
        round = DemoRounds.employerRound(data, insight, "erb", SurveyTestData.WEST_YORKSHIRE);
    }

    @Test
    void the_erb_lead_sees_each_theme_with_every_figure_beside_englands() {
        open("erb", "");
        AreaOverviewView view = _get(AreaOverviewView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Area overview: West Yorkshire");
        assertThat(_find(H2.class).stream().map(H2::getText).toList()).contains("Skill shortages", "Skills gaps",
                "Job quality", "Training access and the training gap", "People far from the labour market", "Future needs",
                "What colleges and providers said", "What councils said");
        assertThat(view.answerTables).anySatisfy(p -> assertThat(p.metric.code()).isEqualTo("PROVIDER_SUBJECTS"));
        assertThat(view.answerTables).anySatisfy(p -> assertThat(p.metric.code()).isEqualTo("COUNCIL_PRIORITY_SECTORS"));
        HeadlinePanel.Line ssv = view.headlines.stream().flatMap(h -> GridKt._findAll(h.grid).stream())
                .filter(l -> l.metric().code().equals("SSV_DENSITY")).findFirst().orElseThrow();
        Figure expected = data.as("erb", () -> insight.figure(MetricQuery.of("SSV_DENSITY", round.id(), SurveyTestData.WEST_YORKSHIRE)));
        assertThat(ssv.figure().value()).isEqualTo(expected.value());
        assertThat(ssv.figure().base()).isEqualTo(expected.base());
        assertThat(ssv.benchmark()).as("England's SSV density from the national survey").isNotNull();
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("sp-freshness")).getText()).startsWith("Figures computed at ");
        assertThat(ssv.benchmark().survey()).isNotBlank();
        // Each theme's shares are drawn as a chart (area against England) with our summary as its description.
        HeadlinePanel shortages = view.headlines.getFirst();
        assertThat(shortages.chart.getElement().getAttribute("aria-label")).contains("and England").contains(shortages.summary.getText());
        assertThat(shortages.chart.options().get("series")).hasSize(2);
    }

    @Test
    void the_base_beside_a_density_counts_the_responding_establishments_not_people_or_vacancies() {
        open("erb", "");
        AreaOverviewView view = _get(AreaOverviewView.class);

        for (String code : List.of("VACANCY_DENSITY", "SSV_DENSITY")) {
            HeadlinePanel panel = view.headlines.stream()
                    .filter(h -> GridKt._findAll(h.grid).stream().anyMatch(l -> l.metric().code().equals(code))).findFirst().orElseThrow();
            List<HeadlinePanel.Line> lines = GridKt._findAll(panel.grid);
            int row = lines.indexOf(lines.stream().filter(l -> l.metric().code().equals(code)).findFirst().orElseThrow());
            assertThat(GridKt._getFormattedRow(panel.grid, row)).as(code)
                    .contains(lines.get(row).figure().base() + " responding establishments")
                    .noneMatch(cell -> cell.contains("people employed") || cell.contains("all vacancies"));
        }
    }

    @Test
    void the_area_drills_down_to_local_authorities_then_sectors_with_links_that_keep_the_round() {
        open("erb", "");
        AreaOverviewView view = _get(AreaOverviewView.class);
        assertThat(view.drillDown.lines.stream().map(FigureTablePanel.Line::label).toList())
                .contains("Leeds", "Bradford", "All");

        open("erb", "&lad=" + SurveyTestData.LEEDS);
        view = _get(AreaOverviewView.class);
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Compare sectors in Leeds");
        assertThat(view.drillDown.lines).anySatisfy(line -> assertThat(line.label()).contains("Manufacturing"));

        open("erb", "&lad=" + SurveyTestData.LEEDS + "&sic=C");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Compare sizes of site in Leeds, Manufacturing");
    }

    @Test
    void a_filter_that_leaves_too_few_responses_shows_c_and_says_why_instead_of_a_zero_or_an_error() {
        // Nobody in the demo data is an extraterritorial organisation (SIC section U).
        open("erb", "&lad=" + SurveyTestData.LEEDS + "&sic=U");
        AreaOverviewView view = _get(AreaOverviewView.class);

        List<HeadlinePanel.Line> lines = view.headlines.stream().flatMap(h -> GridKt._findAll(h.grid).stream())
                .filter(l -> l.metric().audience().equals("EMPLOYER")).toList();
        assertThat(lines).isNotEmpty().allSatisfy(line -> {
            assertThat(FigureFormat.value(line.metric(), line.figure())).isEqualTo("c");
            assertThat(FigureFormat.note(line.figure())).isNotBlank();
        });
        assertThat(view.headlines.getFirst().summary.getText()).contains("hidden");
        // The chart labels the empty bars "c" rather than leaving gaps.
        assertThat(view.headlines.getFirst().chart.options().get("series").get(0).get("data").get(0)
                .get("label").get("formatter").asString()).isEqualTo("c");
        assertThat(view.answerTables.stream().filter(p -> p.metric.audience().equals("EMPLOYER")))
                .isNotEmpty().allSatisfy(panel -> assertThat(panel.summary.getText()).contains("every figure is hidden (c)"));
    }

    @Test
    void choosing_a_local_authority_puts_it_in_the_address_so_the_view_can_be_bookmarked() {
        open("erb", "");
        _setValue(_get(AreaOverviewView.class).filters.localAuthority, SurveyTestData.BRADFORD);

        String location = UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
        assertThat(location).contains("insight/area").contains("lad=" + SurveyTestData.BRADFORD).contains("round=" + round.id());
        assertThat(_get(H1.class).getText()).isEqualTo("Area overview: West Yorkshire");
    }

    @Test
    void a_council_officer_sees_their_own_area() {
        open("council", "");
        assertThat(_get(H1.class).getText()).isEqualTo("Area overview: West Yorkshire");
    }

    @Test
    void an_unknown_local_authority_round_or_sector_in_the_address_gives_a_clear_not_found_page() {
        open("erb", "&lad=E99999999");
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(RecordNotFoundView.class);
        assertThat(_get(Paragraph.class).getText()).contains("no local authority with the code \"E99999999\"");

        open("erb", "&lad=" + SurveyTestData.MANCHESTER);
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(RecordNotFoundView.class);

        open("erb", "&sic=ZZ");
        assertThat(_get(Paragraph.class).getText()).contains("no industry sector");

        login("erb");
        DemoRounds.go("insight/area?round=999999999");
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(RecordNotFoundView.class);
        assertThat(_get(Paragraph.class).getText()).contains("no survey round \"999999999\"");
    }

    @Test
    void another_areas_evidence_is_refused_with_an_access_denied_page() {
        login("erb");
        DemoRounds.go("insight/area?area=" + SurveyTestData.GREATER_MANCHESTER);
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ServiceAccessDeniedView.class);
    }

    @Test
    void the_administrator_chooses_an_area_first_and_it_stays_in_the_address() {
        login("admin");
        DemoRounds.go("insight/area");
        assertThat(_get(Paragraph.class, spec -> spec.withText("Choose an LSIP area to see its evidence."))).isNotNull();

        _setValue(_get(AreaOverviewView.class).area, SurveyTestData.GREATER_MANCHESTER);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .contains("area=" + SurveyTestData.GREATER_MANCHESTER);
        assertThat(_get(H1.class).getText()).startsWith("Area overview: Greater Manchester");
    }

    @Test
    void an_area_without_a_round_says_so_and_an_unknown_area_gives_a_not_found_page() {
        login("admin");
        // Dorset: not a demo area, so no round has ever been opened there.
        DemoRounds.go("insight/area?area=E69000008");
        assertThat(_get(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().startsWith("No employer survey round in "))))
                .isNotNull();

        DemoRounds.go("insight/area?area=E69999999");
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(RecordNotFoundView.class);
        assertThat(_get(Paragraph.class).getText()).contains("no LSIP area with the code \"E69999999\"");
    }

    @Test
    void the_drill_down_table_is_the_disclosure_controlled_table_of_the_service() {
        open("erb", "");
        AreaOverviewView view = _get(AreaOverviewView.class);
        String metric = view.compareBy.getValue();
        var table = data.as("erb", () -> insight.table(MetricQuery.of(metric, round.id(), SurveyTestData.WEST_YORKSHIRE)
                .withFilter(InsightFilter.NONE), Breakdown.LOCAL_AUTHORITY));

        assertThat(view.drillDown.lines).hasSize(table.rows().size() + 1);
        for (int i = 0; i < table.rows().size(); i++) {
            assertThat(view.drillDown.lines.get(i).figure().value()).isEqualTo(table.rows().get(i).figure().value());
            assertThat(view.drillDown.lines.get(i).figure().suppression()).isEqualTo(table.rows().get(i).figure().suppression());
        }
    }

    @Test
    void the_erb_lead_sees_every_headline_figure_weighted_and_unweighted_and_switches_between_them() {
        open("erb", "");
        WeightedPanel panel = _get(AreaOverviewView.class).weightedPanel;
        assertThat(panel).isNotNull();
        assertThat(panel.about.getText()).contains("Weights computed at", "strata", "Effective sample size", "design effect");
        List<WeightedComparison> rows = GridKt._findAll(panel.grid);
        WeightedComparison training = rows.stream().filter(c -> c.metric().code().equals("TRAINING_INCIDENCE")).findFirst()
                .orElseThrow();
        MetricQuery q = MetricQuery.of("TRAINING_INCIDENCE", round.id(), SurveyTestData.WEST_YORKSHIRE);
        Figure unweighted = data.as("erb", () -> insight.figure(q));
        Figure weighted = data.as("erb", () -> insight.figure(q.withWeighting(Weighting.WEIGHTED)));
        assertThat(training.unweighted().value()).isEqualTo(unweighted.value());
        assertThat(training.weighted().value()).isEqualTo(weighted.value());
        assertThat(training.weighted().interval().method()).contains("effective sample size");
        assertThat(training.effectiveSampleSize()).isPositive();
        assertThat(training.designEffect()).isGreaterThanOrEqualTo(1 - 1e-9);
        assertThat(headers(panel)).contains("Unweighted", "Weighted", "Base (unweighted)", "Effective sample size", "Design effect");
        // The base counts the responding establishments behind the figure, not people or vacancies.
        int vacancies = rows.indexOf(rows.stream().filter(c -> c.metric().code().equals("VACANCY_DENSITY")).findFirst()
                .orElseThrow());
        assertThat(GridKt._getFormattedRow(panel.grid, vacancies)).anySatisfy(cell -> assertThat(cell).endsWith(
                " responding establishments")).noneMatch(cell -> cell.contains("people employed"));

        _setValue(panel.show, WeightedPanel.WEIGHTED);
        assertThat(headers(panel)).contains("Weighted", "95% interval, weighted").doesNotContain("Unweighted");
        _setValue(panel.show, WeightedPanel.UNWEIGHTED);
        assertThat(headers(panel)).contains("Unweighted").doesNotContain("Weighted");
    }

    @Test
    void the_erb_lead_recomputes_the_weights_with_raking_and_a_bad_cap_is_refused_next_to_the_field() {
        open("erb", "");
        WeightedPanel panel = _get(AreaOverviewView.class).weightedPanel;
        _setValue(panel.trimFactor, 0.5);
        panel.recompute.click();
        assertThat(panel.trimFactor.isInvalid()).isTrue();
        assertThat(panel.trimFactor.getErrorMessage()).contains("at least the mean weight");

        _setValue(panel.trimFactor, 4.0);
        _setValue(panel.rake, true);
        panel.recompute.click();
        assertThat(panel.trimFactor.isInvalid()).isFalse();
        assertThat(panel.about.getText()).contains("4 x the mean weight").containsAnyOf("raked to local authority totals",
                "raking to local authority totals did not converge");
        data.as("admin", () -> weightedService.recompute(round.id(), 5, false, 5.0));
    }

    @Test
    void a_council_officer_sees_weighted_figures_but_not_the_weighting_options() {
        open("council", "");
        WeightedPanel panel = _get(AreaOverviewView.class).weightedPanel;
        assertThat(GridKt._findAll(panel.grid)).isNotEmpty();
        assertThat(panel.recompute).isNull();
    }

    @Test
    void the_erb_lead_switches_the_drill_down_table_between_unweighted_weighted_and_side_by_side() {
        open("erb", "");
        FigureTablePanel table = _get(AreaOverviewView.class).drillDown;
        assertThat(table.show).isNotNull();
        assertThat(table.chosen()).isEqualTo(WeightedPanel.UNWEIGHTED);
        MetricQuery q = MetricQuery.of(table.metric.code(), round.id(), SurveyTestData.WEST_YORKSHIRE);
        var plain = data.as("erb", () -> insight.table(q, Breakdown.LOCAL_AUTHORITY));
        var weighted = data.as("erb", () -> insight.table(q.withWeighting(Weighting.WEIGHTED), Breakdown.LOCAL_AUTHORITY));

        _setValue(table.show, WeightedPanel.WEIGHTED);
        assertThat(headers(table)).contains("Effective sample size", "Design effect", "Base (unweighted)")
                .anySatisfy(h -> assertThat(h).endsWith(", weighted"));
        for (int i = 0; i < weighted.rows().size(); i++) {
            Figure shown = table.lines.get(i).figure();
            assertThat(shown.value()).isEqualTo(weighted.rows().get(i).figure().value());
            // The same cells are hidden as unweighted, with the same reason.
            assertThat(shown.suppression()).isEqualTo(plain.rows().get(i).figure().suppression());
            if (shown.suppressed()) {
                assertThat(FigureFormat.valueWithMark(table.metric, shown)).isEqualTo(Figure.SUPPRESSED_MARK);
                assertThat(table.lines.get(i).design()).isNull();
            }
        }
        assertThat(table.summary.getText()).startsWith("Weighted to the business population.");
        assertThat(table.chart.getElement().getAttribute("aria-label")).contains("(weighted)");
        assertThat(table.grid.getAriaLabel().orElse("")).endsWith(", weighted");
        assertThat(table.csv.getElement().getAttribute("aria-label")).contains("(weighted)");

        _setValue(table.show, WeightedPanel.SIDE_BY_SIDE);
        assertThat(headers(table)).contains("95% interval, unweighted", "95% interval, weighted", "Effective sample size",
                "Design effect");
        assertThat(table.chart.options().get("series")).hasSize(2);
        assertThat(table.summary.getText()).contains("Unweighted:", "Weighted to the business population:");
        assertThat(table.lines.getLast().weighted().value()).isEqualTo(weighted.total().value());

        _setValue(table.show, WeightedPanel.UNWEIGHTED);
        assertThat(headers(table)).doesNotContain("Effective sample size");
        assertThat(table.lines.getFirst().figure().value()).isEqualTo(plain.rows().getFirst().figure().value());
    }

    @Test
    void an_answers_table_offers_weighted_shares_of_the_options() {
        open("council", "");
        FigureTablePanel barriers = _get(AreaOverviewView.class).answerTables.stream()
                .filter(p -> p.metric.code().equals("TRAINING_BARRIERS")).findFirst().orElseThrow();
        _setValue(barriers.show, WeightedPanel.SIDE_BY_SIDE);
        assertThat(barriers.lines).anySatisfy(l -> assertThat(l.design()).isNotNull());
        FigureTablePanel providers = _get(AreaOverviewView.class).answerTables.stream()
                .filter(p -> p.metric.code().equals("PROVIDER_SUBJECTS")).findFirst().orElseThrow();
        assertThat(providers.show).as("providers' answers are not weighted").isNull();
    }

    private static List<String> headers(FigureTablePanel panel) {
        return panel.grid.getColumns().stream().map(c -> c.getHeaderText()).toList();
    }

    private static List<String> headers(WeightedPanel panel) {
        return panel.grid.getColumns().stream().map(c -> c.getHeaderText()).toList();
    }

    private void open(String username, String filters) {
        login(username);
        DemoRounds.go("insight/area?round=" + round.id() + filters);
    }
}
