package uk.skillsplan.insight.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ui.BarChart;
import uk.skillsplan.insight.Comparison;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.InsightExportService;
import uk.skillsplan.insight.InsightService;
import uk.skillsplan.insight.export.ComparisonRows;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.export.FigureFormat;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.response.ResponseStatus;
import uk.skillsplan.security.Roles;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * "How you compare", for an employer who has submitted: their own figures beside their sector and
 * their area (disclosure-controlled) and England's, a reason to answer again next year.
 */
@Route("insight/compare")
@PageTitle("How you compare | SkillsPlan")
@Menu(title = "How you compare", order = 37, icon = "BAR_CHART")
@RolesAllowed(Roles.EMPLOYER)
public class HowYouCompareView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "insight/compare";

    private final InsightService insight;
    private final SurveyRoundService rounds;
    private final ResponseService responses;
    private final InsightExportService exports;

    final Select<Long> round = new Select<>();
    final Grid<Comparison> grid = new Grid<>();
    final BarChart chart = new BarChart("How you compare");
    Paragraph summary;
    Div downloads;

    HowYouCompareView(InsightService insight, SurveyRoundService rounds, ResponseService responses,
                      InsightExportService exports) {
        this.insight = insight;
        this.rounds = rounds;
        this.responses = responses;
        this.exports = exports;
        addClassName("sp-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new H1("How you compare"));
        List<SurveyRoundSummary> submitted = submittedRounds();
        if (submitted.isEmpty()) {
            add(new Paragraph("Once you have submitted your answers to an employer survey, you can see here how your site "
                    + "compares with others in your sector and your area, and with England."),
                    new Anchor("surveys", "Go to your surveys"));
            return;
        }
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("round", List.of());
        SurveyRoundSummary chosen = asked.isEmpty() ? submitted.getFirst() : submitted.stream()
                .filter(r -> String.valueOf(r.id()).equals(asked.getFirst())).findFirst()
                .orElseThrow(() -> new NotFoundException("There is no survey round \"" + asked.getFirst() + "\" that your "
                        + "organisation has submitted answers to. Choose one from the list on the page."));
        round.setLabel("Survey round");
        round.setItems(submitted.stream().map(SurveyRoundSummary::id).toList());
        round.setItemLabelGenerator(id -> submitted.stream().filter(r -> r.id() == id).map(SurveyRoundSummary::title)
                .findFirst().orElse(""));
        round.setValue(chosen.id());
        round.addValueChangeListener(e -> UI.getCurrent().navigate(ROUTE,
                QueryParameters.simple(Map.of("round", String.valueOf(e.getValue())))));
        add(round, new Paragraph("Your own figures come from your submitted answers. Your sector's and your area's are "
                + "from every employer that answered; a figure shown as c is hidden because too few employers answered "
                + "(or one dominates), so it could reveal one employer's answers; * marks a figure on fewer than 30 responses."));
        List<Comparison> comparisons = insight.howYouCompare(chosen.id());
        comparisons.stream().map(Comparison::area).filter(java.util.Objects::nonNull).findFirst()
                .ifPresent(figure -> add(Freshness.of(figure.computedAt())));
        show(comparisons);
    }

    private List<SurveyRoundSummary> submittedRounds() {
        return rounds.roundsForMe().stream()
                .filter(r -> responses.mine(r.id()).map(x -> x.status() != ResponseStatus.DRAFT).orElse(false))
                .toList();
    }

    private void show(List<Comparison> comparisons) {
        List<Comparison> shares = comparisons.stream().filter(c -> c.metric().percent()).toList();
        summary = new Paragraph(summary(shares));
        summary.addClassName("sp-chart-summary");
        if (!shares.isEmpty()) {
            chart.show("How you compare", summary.getText(), shares.stream().map(c -> c.metric().name()).toList(), List.of(
                    series("Your site", shares, c -> own(c)),
                    series("Your sector", shares, c -> c.sector() == null ? new BarChart.Point(null, "no figure")
                            : FigureTablePanel.point(c.metric(), c.sector())),
                    series("Your area", shares, c -> c.area() == null ? new BarChart.Point(null, "no figure")
                            : FigureTablePanel.point(c.metric(), c.area())),
                    series("England", shares, c -> c.benchmark() == null ? new BarChart.Point(null, "no national figure")
                            : new BarChart.Point(c.benchmark().value() * 100, FigureFormat.number(c.metric(), c.benchmark().value()))))
                    , "%");
        }
        grid.removeAllColumns();
        grid.addColumn(c -> c.metric().name()).setHeader("Measure").setFlexGrow(3);
        grid.addColumn(c -> c.own() == null ? "not given" : FigureFormat.number(c.metric(), c.own())).setHeader("Your site");
        grid.addColumn(c -> figure(c.metric(), c.sector())).setHeader("Your sector");
        grid.addColumn(c -> figure(c.metric(), c.area())).setHeader("Your area");
        grid.addColumn(c -> c.benchmark() == null ? "no national figure" : FigureFormat.number(c.metric(), c.benchmark().value())
                + " (" + c.benchmark().survey() + ")").setHeader("England").setFlexGrow(2);
        grid.addColumn(ComparisonRows::note).setHeader("Note").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel("How you compare, table");
        grid.setItems(comparisons);
        grid.setAllRowsVisible(true);
        Div side = new Div(new Div(summary, chart), grid);
        side.addClassName("sp-chart-and-table");
        long roundId = round.getValue();
        downloads = Downloads.links("how you compare", "how-you-compare-round-" + roundId,
                (format, out) -> exports.exportComparison(roundId, format, out));
        add(side, downloads);
    }

    private static String figure(Metric metric, Figure figure) {
        return figure == null ? "" : FigureFormat.valueWithMark(metric, figure);
    }

    private static BarChart.Point own(Comparison c) {
        return c.own() == null ? new BarChart.Point(null, "not given")
                : new BarChart.Point(c.own() * 100, FigureFormat.number(c.metric(), c.own()));
    }

    private static BarChart.Series series(String name, List<Comparison> shares,
                                          java.util.function.Function<Comparison, BarChart.Point> point) {
        return new BarChart.Series(name, shares.stream().map(point).toList());
    }

    /** One line: on how many shares the site is above or below its area, and how many area figures are hidden. */
    private static String summary(List<Comparison> shares) {
        if (shares.isEmpty()) {
            return "Your answers give no shares to compare.";
        }
        int higher = 0;
        int lower = 0;
        int hidden = 0;
        for (Comparison c : shares) {
            if (c.area() == null || c.area().suppressed() || c.area().value() == null) {
                hidden++;
            } else if (c.own() != null && c.own() > c.area().value()) {
                higher++;
            } else if (c.own() != null && c.own() < c.area().value()) {
                lower++;
            }
        }
        return "Your site beside your sector, your area and England on " + shares.size() + " shares: higher than your area "
                + "on " + higher + ", lower on " + lower + (hidden == 0 ? "." : "; " + hidden + " area figures hidden (c).");
    }
}
