package uk.skillsplan.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ui.HeatMapChart;
import uk.skillsplan.directory.LocalAuthority;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.InsightExportService;
import uk.skillsplan.insight.PopulationCoverage;
import uk.skillsplan.insight.PopulationCoverageCell;
import uk.skillsplan.insight.PopulationCoverageService;
import uk.skillsplan.security.Roles;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * Coverage of an employer round against the business population: one row per industry, one column
 * per size band, each cell "responses of businesses (rate)", under-represented cells flagged in words
 * and linked to the round's chase list narrowed to their organisations; beside the table, the same
 * cells as a heat-map coloured by response rate (hidden cells grey and written "c").
 */
@Route(PopulationCoverageView.ROUTE)
@PageTitle("Coverage | SkillsPlan")
@Menu(title = "Coverage", order = 47, icon = "GRID_SMALL")
@RolesAllowed({Roles.ERB_LEAD, Roles.ADMIN})
public class PopulationCoverageView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "coverage";

    /** One row of the table: an industry and its four cells. */
    record Row(String industry, Map<String, PopulationCoverageCell> cells) {
    }

    final Select<SurveyRoundSummary> round = new Select<>();
    final Select<LocalAuthority> localAuthority = new Select<>();
    final Paragraph summary = new Paragraph();
    final Paragraph mapping = new Paragraph();
    final Grid<Row> table = new Grid<>(Row.class, false);
    final Paragraph chartSummary = new Paragraph();
    final HeatMapChart chart = new HeatMapChart(CHART_NAME);
    private static final String CHART_NAME = "Response rate by industry and size band";
    /** The round and local authority the table shows, for the chase-list links of its flagged cells. */
    private long shownRound;
    private String shownLad;

    /** CSV and Excel of the table shown (the round and local authority chosen when the link is followed). */
    final Div downloads;
    private final PopulationCoverageService coverage;
    private final ReferenceDataService referenceData;
    private final List<SurveyRoundSummary> employerRounds;
    /** Whether the choices are being set from the address (then the address is not rewritten). */
    private boolean fromAddress;
    private static final LocalAuthority WHOLE_AREA = new LocalAuthority("", "Whole area", "", "");

    PopulationCoverageView(PopulationCoverageService coverage, SurveyRoundService rounds, ReferenceDataService referenceData,
                           InsightExportService exports) {
        this.coverage = coverage;
        this.referenceData = referenceData;
        addClassName("sp-view");
        add(new H1("Coverage"), new Paragraph("How well an employer round's submitted responses cover the businesses of "
                + "the area (ONS UK Business Counts, the area's latest import), by industry and size band. "
                + PopulationCoverage.RULE + " Counts of fewer than 5 responses are shown as \"c\". Each under-represented cell "
                + "links to the round's chase list, narrowed to the organisations of that industry and size band (and the "
                + "local authority chosen)."));
        employerRounds = rounds.managedRounds().stream()
                .filter(r -> r.audience().contains(OrganisationKind.EMPLOYER)).toList();
        round.setLabel("Survey round");
        round.setItems(employerRounds);
        round.setItemLabelGenerator(r -> r.title() + " (" + referenceData.area(r.lsipCode()).map(a -> a.name()).orElse(r.lsipCode()) + ")");
        round.setEmptySelectionAllowed(false);
        localAuthority.setLabel("Local authority");
        localAuthority.setItemLabelGenerator(LocalAuthority::name);
        round.addValueChangeListener(e -> {
            List<LocalAuthority> options = new ArrayList<>(List.of(WHOLE_AREA));
            if (e.getValue() != null) {
                options.addAll(referenceData.localAuthoritiesIn(e.getValue().lsipCode()));
            }
            localAuthority.setItems(options);
            localAuthority.setValue(WHOLE_AREA);
            show();
            rememberInAddress();
        });
        localAuthority.addValueChangeListener(e -> {
            show();
            rememberInAddress();
        });

        table.addColumn(Row::industry).setHeader("Industry").setAutoWidth(true).setFlexGrow(1);
        for (SizeBand band : SizeBand.values()) {
            table.addComponentColumn(row -> cell(row.cells().get(band.code()))).setHeader(band.label()).setAutoWidth(true);
        }
        table.setAllRowsVisible(true);
        table.setEmptyStateText("No business population has been imported for this area: import one under "
                + "\"Business population\".");
        table.getElement().setAttribute("aria-label", "Responses against businesses by industry and size band");
        chartSummary.addClassName("sp-chart-summary");
        Div side = new Div(chart, table);
        side.addClassName("sp-chart-and-table");
        downloads = Downloads.links("responses against businesses by industry and size band", "coverage",
                (format, out) -> exports.exportCoverage(shownRound, shownLad, format, out));
        downloads.setVisible(false);
        add(round, localAuthority, summary, chartSummary, side, downloads, mapping);
    }

    /**
     * The round ({@code round}, or the newest of {@code area}) and local authority ({@code lad}) named in the
     * address, so that a chosen table can be bookmarked, shared and refreshed; an unknown one is not found.
     */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        String roundId = first(parameters, "round");
        String area = first(parameters, "area");
        String lad = first(parameters, "lad");
        if (employerRounds.isEmpty()) {
            summary.setText("There is no employer survey round to compare with the business population yet.");
            return;
        }
        SurveyRoundSummary chosen = employerRounds.getFirst();
        if (roundId != null) {
            chosen = employerRounds.stream().filter(r -> String.valueOf(r.id()).equals(roundId)).findFirst()
                    .orElseThrow(() -> new NotFoundException("There is no employer survey round \"" + roundId
                            + "\" that you may see. Choose one from the list on the page."));
        } else if (area != null) {
            chosen = employerRounds.stream().filter(r -> r.lsipCode().equals(area)).findFirst()
                    .orElseThrow(() -> new NotFoundException("There is no employer survey round of area \"" + area
                            + "\" that you may see. Choose one from the list on the page."));
        }
        SurveyRoundSummary shown = chosen;
        LocalAuthority place = lad == null ? WHOLE_AREA : referenceData.localAuthoritiesIn(shown.lsipCode()).stream()
                .filter(la -> la.ladCode().equals(lad)).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no local authority \"" + lad + "\" in the round's area."));
        fromAddress = true;
        try {
            round.setValue(shown);
            localAuthority.setValue(place);
        } finally {
            fromAddress = false;
        }
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        return values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }

    /** Puts the chosen round and local authority in the address (no new page, no history entry). */
    private void rememberInAddress() {
        if (fromAddress || round.getValue() == null) {
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("round", String.valueOf(round.getValue().id()));
        LocalAuthority la = localAuthority.getValue();
        if (la != null && la != WHOLE_AREA) {
            values.put("lad", la.ladCode());
        }
        getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null,
                new Location(ROUTE, QueryParameters.simple(values))));
    }

    private void show() {
        if (round.getValue() == null) {
            return;
        }
        LocalAuthority la = localAuthority.getValue();
        shownRound = round.getValue().id();
        shownLad = la == null || la == WHOLE_AREA ? null : la.ladCode();
        PopulationCoverage result = coverage.coverage(shownRound, shownLad);
        Map<String, Map<String, PopulationCoverageCell>> byIndustry = new LinkedHashMap<>();
        result.cells().forEach(c -> byIndustry.computeIfAbsent(c.industryLabel(), k -> new LinkedHashMap<>()).put(c.sizeBand(), c));
        table.setItems(byIndustry.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList());
        if (result.population() == null) {
            summary.setText("No business population has been imported for this area yet.");
            mapping.setText("");
            chart.setVisible(false);
            chartSummary.setText("");
            downloads.setVisible(false);
            return;
        }
        downloads.setVisible(true);
        showChart(byIndustry);
        long flagged = result.cells().stream().filter(PopulationCoverageCell::underRepresented).count();
        summary.setText(shown(result.responses(), false) + " responses against " + String.format("%,d", result.businesses())
                + " " + result.population().unit().noun() + " (" + result.population().year() + ", imported "
                + result.population().fileName() + "): overall response rate " + shown(result.overallRate(), true) + ". "
                + flagged + (flagged == 1 ? " cell is" : " cells are") + " under-represented."
                + (result.unclassified() > 0 ? " " + result.unclassified() + " responses give no industry or size band and "
                + "are in no cell." : ""));
        mapping.setText(result.mapping());
    }

    /** The heat-map: one row per industry, one column per size band, coloured by response rate. */
    private void showChart(Map<String, Map<String, PopulationCoverageCell>> byIndustry) {
        List<String> industries = new ArrayList<>(byIndustry.keySet());
        List<String> bands = java.util.Arrays.stream(SizeBand.values()).map(SizeBand::label).toList();
        List<HeatMapChart.Cell> cells = new ArrayList<>();
        for (int row = 0; row < industries.size(); row++) {
            Map<String, PopulationCoverageCell> line = byIndustry.get(industries.get(row));
            for (int column = 0; column < SizeBand.values().length; column++) {
                PopulationCoverageCell cell = line.get(SizeBand.values()[column].code());
                if (cell != null) {
                    cells.add(chartCell(column, row, cell));
                }
            }
        }
        String text = chartSummary(byIndustry.values().stream().flatMap(m -> m.values().stream()).toList());
        chartSummary.setText(text);
        chart.setVisible(true);
        chart.show(CHART_NAME, text, industries, bands, cells, "Response rate");
    }

    /** A cell of the heat-map: its rate in percent, or no value with "c" (suppressed) or "none" (no businesses). */
    static HeatMapChart.Cell chartCell(int column, int row, PopulationCoverageCell cell) {
        if (cell.businesses() == 0) {
            return new HeatMapChart.Cell(column, row, null, "no businesses", false);
        }
        Figure rate = cell.responseRate();
        if (rate.suppressed() || rate.value() == null) {
            return new HeatMapChart.Cell(column, row, null, Figure.SUPPRESSED_MARK, cell.underRepresented());
        }
        String text = shown(rate, true) + (cell.underRepresented() ? " under" : "");
        return new HeatMapChart.Cell(column, row, 100 * rate.value(), text, cell.underRepresented());
    }

    /** The chart's one line: where the rate is highest and lowest, how many cells are flagged and hidden. */
    static String chartSummary(List<PopulationCoverageCell> cells) {
        List<PopulationCoverageCell> shown = cells.stream().filter(c -> c.businesses() > 0 && !c.responseRate().suppressed()
                && c.responseRate().value() != null).toList();
        long flagged = cells.stream().filter(PopulationCoverageCell::underRepresented).count();
        long hidden = cells.stream().filter(c -> c.businesses() > 0 && (c.responseRate().suppressed()
                || c.responseRate().value() == null)).count();
        StringBuilder text = new StringBuilder();
        if (shown.isEmpty()) {
            text.append("No cell has enough responses to show its rate.");
        } else {
            PopulationCoverageCell high = shown.stream().max(java.util.Comparator.comparingDouble(c -> c.responseRate().value())).orElseThrow();
            PopulationCoverageCell low = shown.stream().min(java.util.Comparator.comparingDouble(c -> c.responseRate().value())).orElseThrow();
            text.append("Response rate highest in ").append(place(high)).append(" (").append(shown(high.responseRate(), true))
                    .append("), lowest in ").append(place(low)).append(" (").append(shown(low.responseRate(), true)).append(").");
        }
        text.append(' ').append(flagged).append(flagged == 1 ? " cell is" : " cells are").append(" under-represented (outlined); ")
                .append(hidden).append(hidden == 1 ? " cell is" : " cells are").append(" shown as \"c\" (too few responses to show).");
        return text.toString();
    }

    private static String place(PopulationCoverageCell cell) {
        return cell.industryLabel() + ", " + SizeBand.fromCode(cell.sizeBand()).label().toLowerCase(Locale.UK);
    }

    /** A table cell in words; a flagged one links to the round's chase list narrowed to its organisations. */
    private Component cell(PopulationCoverageCell cell) {
        Span text = new Span(describe(cell));
        if (cell == null || !cell.underRepresented()) {
            return text;
        }
        String query = cell.chaseFilter(shownLad).queryString();
        Anchor chase = new Anchor("rounds/" + shownRound + (query.isEmpty() ? "" : "?" + query), "Chase list");
        chase.getElement().setAttribute("router-link", true);
        chase.getElement().setAttribute("aria-label", "Chase list: " + cell.industryLabel() + ", "
                + SizeBand.fromCode(cell.sizeBand()).label() + ", organisations that have not submitted");
        Div both = new Div(text, chase);
        both.addClassName("sp-coverage-cell");
        return both;
    }

    static String describe(PopulationCoverageCell cell) {
        if (cell == null) {
            return "";
        }
        String text = shown(cell.responses(), false) + " of " + String.format("%,d", cell.businesses())
                + (cell.businesses() == 0 ? "" : " (" + shown(cell.responseRate(), true) + ")");
        return cell.underRepresented() ? text + " - under-represented" : text;
    }

    private static String shown(Figure figure, boolean percent) {
        if (figure.suppressed() || figure.value() == null) {
            return Figure.SUPPRESSED_MARK;
        }
        return percent ? String.format(Locale.UK, "%.1f%%", 100 * figure.value()) : String.format("%,.0f", figure.value());
    }
}
