package uk.skillsplan.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.List;
import uk.skillsplan.base.ui.BarChart;
import uk.skillsplan.insight.Benchmark;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.export.FigureFormat;

/**
 * A theme's headline figures for the selection, each beside England's figure with its survey year and
 * source: a chart of the shares (selection against England) and a table of every figure.
 */
class HeadlinePanel extends Div {

    /** One metric's figure for the selection and the national figure, if the national survey has one. */
    record Line(Metric metric, Figure figure, Benchmark benchmark) {
    }

    final Grid<Line> grid = new Grid<>();
    final BarChart chart;
    final Paragraph summary;

    HeadlinePanel(String themeTitle, String selectionName, List<Line> lines) {
        this(themeTitle, selectionName, lines, true);
    }

    /** @param national whether England's figures apply (not for providers' and councils' answers, which have none) */
    HeadlinePanel(String themeTitle, String selectionName, List<Line> lines, boolean national) {
        addClassName("sp-chart-and-table");
        List<Line> shares = lines.stream().filter(l -> l.metric().percent()).toList();
        String name = themeTitle + ": " + selectionName + (national ? " and England" : "");
        summary = new Paragraph(national ? summary(selectionName, shares) : Summaries.ofFigures(selectionName, shares));
        summary.addClassName("sp-chart-summary");
        chart = new BarChart(name);
        if (!shares.isEmpty()) {
            List<BarChart.Point> here = new ArrayList<>();
            List<BarChart.Point> england = new ArrayList<>();
            for (Line line : shares) {
                here.add(FigureTablePanel.point(line.metric(), line.figure()));
                england.add(line.benchmark() == null ? new BarChart.Point(null, "no national figure")
                        : new BarChart.Point(line.benchmark().value() * 100, FigureFormat.number(line.metric(), line.benchmark().value())));
            }
            chart.show(name, summary.getText(), shares.stream().map(l -> l.metric().name()).toList(), national
                    ? List.of(new BarChart.Series(selectionName, here), new BarChart.Series("England", england))
                    : List.of(new BarChart.Series(selectionName, here)), "%");
            add(new Div(summary, chart));
        }
        configureGrid(selectionName, lines, national);
        add(grid);
    }

    private void configureGrid(String selectionName, List<Line> lines, boolean national) {
        grid.addColumn(l -> l.metric().name()).setHeader("Measure").setFlexGrow(3);
        grid.addColumn(l -> FigureFormat.valueWithMark(l.metric(), l.figure())).setHeader(selectionName).setAutoWidth(true);
        grid.addColumn(l -> Bases.of(l.figure()) + " " + l.metric().respondents()).setHeader("Base").setFlexGrow(2);
        if (national) {
            grid.addColumn(l -> l.benchmark() == null ? "no national figure" : FigureFormat.number(l.metric(), l.benchmark().value()))
                    .setHeader("England").setAutoWidth(true);
            grid.addComponentColumn(HeadlinePanel::source).setHeader("National figure from").setFlexGrow(2);
        }
        grid.addColumn(l -> note(l)).setHeader("Note").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(selectionName + (national ? " and England" : "") + ", table");
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
    }

    private static String note(Line line) {
        String note = FigureFormat.note(line.figure());
        if (line.metric().approximation() != null) {
            note = (note.isEmpty() ? "" : note + " ") + line.metric().approximation();
        }
        return note;
    }

    private static Component source(Line line) {
        Benchmark b = line.benchmark();
        if (b == null) {
            return new Span("");
        }
        String words = b.survey() + " (" + b.geography() + ")";
        if (b.sourceUrl() == null || b.sourceUrl().isBlank()) {
            return new Span(words);
        }
        Anchor link = new Anchor(b.sourceUrl(), words, AnchorTarget.BLANK);
        link.getElement().setAttribute("rel", "noopener noreferrer");
        return link;
    }

    /** One line: how many shares are above or below England's, and how many are hidden. */
    private static String summary(String selectionName, List<Line> shares) {
        int higher = 0;
        int lower = 0;
        int hidden = 0;
        for (Line line : shares) {
            if (line.figure().suppressed() || line.figure().value() == null) {
                hidden++;
            } else if (line.benchmark() != null && line.figure().value() > line.benchmark().value()) {
                higher++;
            } else if (line.benchmark() != null && line.figure().value() < line.benchmark().value()) {
                lower++;
            }
        }
        String words = selectionName + " beside England on " + shares.size() + (shares.size() == 1 ? " share" : " shares")
                + ": higher than England on " + higher + ", lower on " + lower;
        return words + (hidden == 0 ? "." : "; " + hidden + " hidden (c) because too few organisations answered within "
                + "these filters.");
    }
}
