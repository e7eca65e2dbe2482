package uk.skillsplan.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
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
import uk.skillsplan.insight.Breakdown;
import uk.skillsplan.insight.InsightService;
import uk.skillsplan.response.Cell;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.testing.KaribuTest;
import uk.skillsplan.testing.SurveyTestData;

class ProviderDemandViewTest extends KaribuTest {

    @Autowired
    InsightService insight;

    @Autowired
    SurveyRoundService rounds;

    @Autowired
    ResponseService responses;

    private SurveyTestData data;
    private AnalysableRound round;
    private String provider;

    @BeforeEach
    void aProviderThatTeachesConstruction() {
        data = new SurveyTestData(applicationContext);
        round = DemoRounds.employerRound(data, insight, "erb", SurveyTestData.WEST_YORKSHIRE);
        long college = data.newOrganisation(OrganisationKind.PROVIDER, "Demand page college", SurveyTestData.LEEDS).id();
        provider = data.newAccount(Role.PROVIDER, college, "Demand Page Tutor");
        data.as(provider, () -> {
            long providerRound = rounds.roundsForMe().stream().filter(r -> r.audience().contains(OrganisationKind.PROVIDER))
                    .findFirst().orElseThrow().id();
            long response = responses.startOrResume(providerRound).id();
            return responses.save(response, Map.of("SSA_OFFERED", List.of(Cell.choice("SSA_05"))));
        });
    }

    @Test
    void a_provider_sees_demand_by_sector_with_the_sectors_their_subjects_serve_marked_beside_their_own_answers() {
        open("");
        ProviderDemandView view = _get(ProviderDemandView.class);

        assertThat(_get(H1.class).getText()).isEqualTo("Employer demand in West Yorkshire");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Your answers", "Sectors", "Occupations",
                "Skills lacking", "What stops employers training", "How employers rate local training");
        assertThat(_get(DescriptionList.class).getElement().getTextRecursively()).contains("Construction, Planning and the Built Environment");
        FigureTablePanel sectors = view.tables.stream().filter(t -> t.grid.getAriaLabel().orElse("").contains("by sector"))
                .findFirst().orElseThrow();
        // SSA 5 (construction) serves SIC sections F and L.
        assertThat(sectors.lines.stream().filter(FigureTablePanel.Line::highlighted).map(FigureTablePanel.Line::key))
                .containsExactlyInAnyOrder("F", "L");
        assertThat(view.tables).anySatisfy(t -> assertThat(t.grid.getAriaLabel().orElse("")).contains("Skills lacking now"));
        assertThat(view.tables).anySatisfy(t -> assertThat(t.grid.getAriaLabel().orElse("")).contains("Barriers to training"));
        assertThat(view.rating).isNotNull();
    }

    @Test
    void a_provider_sees_the_demand_tables_weighted_side_by_side_with_the_same_cells_hidden() {
        open("");
        ProviderDemandView view = _get(ProviderDemandView.class);
        for (FigureTablePanel panel : view.tables) {
            assertThat(panel.show).as(panel.metric.code()).isNotNull();
            _setValue(panel.show, WeightedPanel.SIDE_BY_SIDE);
            for (int i = 0; i < panel.lines.size(); i++) {
                FigureTablePanel.Line line = panel.lines.get(i);
                assertThat(line.weighted().suppression()).as(panel.metric.code() + " " + line.label())
                        .isEqualTo(line.figure().suppression());
                List<String> cells = com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(panel.grid, i);
                if (line.figure().suppressed()) {
                    assertThat(cells.get(1)).isEqualTo("c");
                    assertThat(cells.get(3)).isEqualTo("c");
                }
            }
        }
    }

    @Test
    void the_tables_are_the_services_disclosure_controlled_tables() {
        open("");
        FigureTablePanel sectors = _get(ProviderDemandView.class).tables.getFirst();
        var table = data.as(provider, () -> insight.table(
                uk.skillsplan.insight.MetricQuery.of("SSV_VOLUME", round.id(), SurveyTestData.WEST_YORKSHIRE), Breakdown.SIC_SECTION));

        assertThat(sectors.lines).hasSize(table.rows().size() + 1);
        assertThat(sectors.lines.getLast().figure().value()).isEqualTo(table.total().value());
        for (int i = 0; i < sectors.lines.size(); i++) {
            List<String> cells = com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow(sectors.grid, i);
            if (sectors.lines.get(i).figure().suppressed()) {
                assertThat(cells.get(1)).as("a hidden figure is shown as c").isEqualTo("c");
                assertThat(cells.get(4)).as("with its reason").isEqualTo(sectors.lines.get(i).figure().suppression().explanation());
            } else {
                assertThat(cells.get(1)).isNotEqualTo("c").matches("[0-9,.]+( \\*)?");
            }
        }
    }

    @Test
    void filtering_to_a_local_authority_keeps_it_in_the_address_and_narrows_every_table() {
        open("");
        _setValue(_get(ProviderDemandView.class).filters.localAuthority, SurveyTestData.LEEDS);

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .contains("insight/demand").contains("lad=" + SurveyTestData.LEEDS);
        ProviderDemandView view = _get(ProviderDemandView.class);
        assertThat(view.tables).allSatisfy(t -> assertThat(t.lines.getLast().figure().query().filter().ladCode())
                .isEqualTo(SurveyTestData.LEEDS));
    }

    @Test
    void a_provider_who_has_not_answered_is_told_how_to_get_their_subjects_shown() {
        login("provider");
        DemoRounds.go("insight/demand?round=" + round.id());
        assertThat(_get(Paragraph.class, spec -> spec.withPredicate(p -> p.getText().startsWith("You have not answered"))))
                .isNotNull();
    }

    @Test
    void another_areas_demand_is_refused() {
        login(provider);
        DemoRounds.go("insight/demand?area=" + SurveyTestData.GREATER_MANCHESTER);
        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ServiceAccessDeniedView.class);
    }

    private void open(String filters) {
        login(provider);
        DemoRounds.go("insight/demand?round=" + round.id() + filters);
    }
}
