package uk.skillsplan.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.insight.PopulationCoverageCell;
import uk.skillsplan.response.ChaseFilter;
import uk.skillsplan.response.NonRespondent;
import uk.skillsplan.response.RoundProgressService;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.KaribuTest;
import uk.skillsplan.testing.SurveyTestData;

class PopulationCoverageViewTest extends KaribuTest {

    @Test
    void the_erb_lead_sees_responses_against_businesses_by_industry_and_size_band() {
        login("erb");
        navigate("coverage");
        PopulationCoverageView view = demoRound(_get(PopulationCoverageView.class));

        assertThat(view.round.getValue().title()).isEqualTo("Employer skills survey 2026");
        assertThat(view.localAuthority.getValue().name()).isEqualTo("Whole area");
        assertThat(GridKt._size(view.table)).isEqualTo(16);
        // The area's latest population import: the demo's 2022 file, or one a test imported since.
        assertThat(view.summary.getText()).contains(" responses against ").containsPattern("enterprises \\(\\d{4}, imported ")
                .contains("overall response rate").contains("under-represented");
        assertThat(view.mapping.getText()).contains("section G is compared with groups 5-7");
        assertThat(GridKt._get(view.table, 0).industry()).isEqualTo("Agriculture, forestry & fishing (A)");
        assertThat(rowText(view, 0)).matches(".*(c|[\\d,]+) of [\\d,]+.*");

        view.localAuthority.setValue(view.localAuthority.getListDataView().getItems()
                .filter(la -> la.name().equals("Leeds")).findFirst().orElseThrow());

        assertThat(GridKt._size(view.table)).isEqualTo(16);
        assertThat(view.summary.getText()).contains(" responses against ");
        assertThat(view.downloads.isVisible()).isTrue();
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(view.downloads, com.vaadin.flow.component.html.Anchor.class))
                .extracting(a -> a.getElement().getAttribute("aria-label")).containsExactly(
                        "Download responses against businesses by industry and size band as CSV",
                        "Download responses against businesses by industry and size band as Excel");
    }

    @Test
    void every_cell_reads_as_responses_of_businesses_with_the_rate_and_the_flag_in_words() {
        login("erb");
        navigate("coverage");
        PopulationCoverageView view = demoRound(_get(PopulationCoverageView.class));

        String all = String.join("\n", java.util.stream.IntStream.range(0, GridKt._size(view.table))
                .mapToObj(i -> rowText(view, i)).toList());
        assertThat(all).contains(" - under-represented").contains("c of ");
    }

    @Test
    void the_heat_map_beside_the_table_is_one_image_named_by_its_summary_and_labels_hidden_cells_c() {
        login("erb");
        navigate("coverage");
        PopulationCoverageView view = demoRound(_get(PopulationCoverageView.class));

        assertThat(view.chart.isVisible()).isTrue();
        assertThat(view.chart.getParent().orElseThrow()).isSameAs(view.table.getParent().orElseThrow());
        assertThat(view.chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(view.chartSummary.getText()).contains("under-represented (outlined)").contains("shown as \"c\"");
        assertThat(view.chart.getElement().getAttribute("aria-label"))
                .isEqualTo("Response rate by industry and size band. " + view.chartSummary.getText());
        ObjectNode options = view.chart.options();
        assertThat(options.get("yAxis").get("data")).hasSize(16);
        assertThat(options.get("xAxis").get("data").get(0).asString()).isEqualTo(SizeBand.MICRO.label());
        JsonNode coloured = options.get("series").get(0).get("data");
        JsonNode withoutValue = options.get("series").get(1).get("data");
        assertThat(coloured.size() + withoutValue.size()).isEqualTo(16 * 4);
        List<String> marks = new ArrayList<>();
        withoutValue.forEach(cell -> marks.add(cell.get("label").get("formatter").asString()));
        assertThat(marks).isNotEmpty().contains("c").allMatch(m -> m.equals("c") || m.equals("no businesses"));
        coloured.forEach(cell -> assertThat(cell.get("label").get("formatter").asString()).matches("\\d+\\.\\d%( under)?"));
        // The summary names the highest and lowest rate only when some rate can be shown.
        assertThat(view.chartSummary.getText()).startsWith(coloured.isEmpty() ? "No cell has enough responses to show its rate."
                : "Response rate highest in ");
        // The table and the chart agree cell by cell on what is hidden.
        long hiddenInTable = GridKt._findAll(view.table).stream().flatMap(r -> r.cells().values().stream())
                .filter(c -> c.businesses() > 0 && c.responseRate().suppressed()).count();
        assertThat(marks.stream().filter("c"::equals).count()).isEqualTo(hiddenInTable);
    }

    @Test
    void a_flagged_cell_links_to_the_rounds_chase_list_narrowed_to_its_sections_size_band_and_local_authority() {
        login("erb");
        navigate("coverage");
        PopulationCoverageView view = demoRound(_get(PopulationCoverageView.class));
        view.localAuthority.setValue(view.localAuthority.getListDataView().getItems()
                .filter(la -> la.name().equals("Leeds")).findFirst().orElseThrow());
        long roundId = view.round.getValue().id();

        PopulationCoverageCell flagged = null;
        Anchor link = null;
        for (int i = 0; i < GridKt._size(view.table) && link == null; i++) {
            PopulationCoverageView.Row row = GridKt._get(view.table, i);
            for (SizeBand band : SizeBand.values()) {
                PopulationCoverageCell cell = row.cells().get(band.code());
                Component rendered = render(view, band, row);
                List<Anchor> anchors = _find(rendered, Anchor.class);
                assertThat(anchors).as(cell.industryLabel() + " " + band).hasSize(cell.underRepresented() ? 1 : 0);
                if (cell.underRepresented() && link == null && cell.sicSections().size() > 1) {
                    flagged = cell;
                    link = anchors.getFirst();
                }
            }
        }
        assertThat(link).as("a flagged cell of a broad group with several sections").isNotNull();
        String sections = flagged.sicSections().stream().map(s -> "sic=" + s).collect(Collectors.joining("&"));
        assertThat(link.getHref()).isEqualTo("rounds/" + roundId + "?" + sections + "&size=" + flagged.sizeBand()
                + "&lad=E08000035");
        assertThat(link.getElement().getAttribute("aria-label")).startsWith("Chase list: " + flagged.industryLabel());

        DemoRounds.go(link.getHref());

        String applied = _get(Paragraph.class, spec -> spec.withClasses("sp-filter-applied")).getText();
        assertThat(applied).startsWith("Showing only organisations in SIC sections ")
                .contains("size band " + SizeBand.fromCode(flagged.sizeBand()).label()).endsWith("local authority Leeds.");
        @SuppressWarnings("unchecked")
        Grid<NonRespondent> toChase = _get(Grid.class, spec -> spec.withPredicate(
                g -> g.getAriaLabel().filter("Organisations that have not submitted"::equals).isPresent()));
        ChaseFilter filter = flagged.chaseFilter("E08000035");
        List<NonRespondent> listed = GridKt._findAll(toChase);
        // Still signed in as the ERB lead, so the service answers with the same checks as the page.
        assertThat(listed).hasSize(progress.countNotSubmitted(roundId, filter))
                .hasSizeLessThan(progress.countNotSubmitted(roundId));
        List<String> flaggedSections = flagged.sicSections();
        String flaggedBand = flagged.sizeBand();
        assertThat(listed).allSatisfy(n -> {
            assertThat(n.sicSection()).isIn(flaggedSections);
            assertThat(n.sizeBand()).isEqualTo(flaggedBand);
            assertThat(n.localAuthority()).isEqualTo("Leeds");
        });
    }

    @Autowired
    RoundProgressService progress;

    /** A table row as a person reads it: the industry, then each cell's words (and its link, if flagged). */
    private static String rowText(PopulationCoverageView view, int index) {
        PopulationCoverageView.Row row = GridKt._get(view.table, index);
        List<String> cells = new ArrayList<>(List.of(row.industry()));
        for (SizeBand band : SizeBand.values()) {
            cells.add(render(view, band, row).getElement().getTextRecursively());
        }
        return String.join(" | ", cells);
    }

    @SuppressWarnings("unchecked")
    private static Component render(PopulationCoverageView view, SizeBand band, PopulationCoverageView.Row row) {
        Grid.Column<PopulationCoverageView.Row> column = GridKt._getColumnByHeader(view.table, band.label());
        return ((ComponentRenderer<Component, PopulationCoverageView.Row>) column.getRenderer()).createComponent(row);
    }

    /**
     * The page opens on the area's newest employer round; other tests open rounds of their own in
     * the same area, so choose the demo round these expectations are about.
     */
    @Test
    void the_address_chooses_the_round_or_the_area_and_the_local_authority_and_unknown_ones_are_not_found() {
        login("admin");
        navigate("coverage");
        SurveyRoundSummary manchester = _get(PopulationCoverageView.class).round.getListDataView().getItems()
                .filter(r -> r.lsipCode().equals(SurveyTestData.GREATER_MANCHESTER)).findFirst().orElseThrow();
        SurveyRoundSummary yorkshire = _get(PopulationCoverageView.class).round.getListDataView().getItems()
                .filter(r -> r.lsipCode().equals(SurveyTestData.WEST_YORKSHIRE)).findFirst().orElseThrow();

        DemoRounds.go("coverage?area=" + SurveyTestData.GREATER_MANCHESTER);
        assertThat(_get(PopulationCoverageView.class).round.getValue().lsipCode()).isEqualTo(SurveyTestData.GREATER_MANCHESTER);

        DemoRounds.go("coverage?round=" + yorkshire.id() + "&lad=E08000035");
        PopulationCoverageView view = _get(PopulationCoverageView.class);
        assertThat(view.round.getValue().id()).isEqualTo(yorkshire.id());
        assertThat(view.localAuthority.getValue().name()).isEqualTo("Leeds");
        assertThat(view.summary.getText()).contains(" responses against ");

        for (String bad : List.of("coverage?round=abc", "coverage?round=" + manchester.id() + "&lad=E08000035",
                "coverage?area=E69999999")) {
            DemoRounds.go(bad);
            assertThat(com.github.mvysny.kaributesting.v10.NavigatorKt.getCurrentView()).as(bad)
                    .isEqualTo(uk.skillsplan.base.ui.RecordNotFoundView.class);
        }
    }

    private static PopulationCoverageView demoRound(PopulationCoverageView view) {
        view.round.setValue(view.round.getListDataView().getItems()
                .filter(r -> r.title().equals("Employer skills survey 2026")).findFirst().orElseThrow());
        return view;
    }
}
