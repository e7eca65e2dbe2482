package uk.skillsplan.insight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import uk.skillsplan.base.ui.BarChart;
import uk.skillsplan.insight.Breakdown;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.FigureRow;
import uk.skillsplan.insight.FigureTable;
import uk.skillsplan.insight.InsightExportService;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.MetricQuery;
import uk.skillsplan.insight.WeightedDesign;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.insight.export.FigureFormat;

/**
 * One metric broken down by one dimension: what it is, a one-line summary, a bar chart and the same
 * figures as a table beside it, with downloads (CSV and Excel) made from the same disclosure-controlled
 * table. A suppressed figure is "c" with its reason, in the chart as in the table. Where the round has weights,
 * the reader chooses unweighted, weighted or both side by side (with base, effective sample size and design
 * effect); chart, summary, table and downloads follow the choice.
 */
class FigureTablePanel extends Section {

    /**
     * One line of the table: a breakdown value, or the total. {@code figure} is the chosen weighting's (unweighted
     * side by side); {@code weighted} and {@code design} the weighted figure and its design when weights are shown.
     */
    record Line(String key, String label, Figure figure, boolean total, boolean highlighted, Figure weighted,
                WeightedDesign design) {
    }

    final Metric metric;
    final BarChart chart;
    final Grid<Line> grid = new Grid<>();
    final Paragraph summary;
    final List<Line> lines = new ArrayList<>();
    final Anchor csv;
    final Anchor xlsx;
    /** Unweighted, weighted or side by side: only where the round has weights ({@code null} otherwise). */
    final RadioButtonGroup<String> show;

    private final FigureTable unweighted;
    private final Supplier<FigureTable> weightedSource;
    private final InsightExportService exports;
    private final Function<FigureRow, String> linkFor;
    private final Set<String> highlighted;
    private final String highlightWords;
    private final String title;
    private FigureTable weighted;

    FigureTablePanel(Metric metric, FigureTable table, InsightExportService exports, Function<FigureRow, String> linkFor,
                     Set<String> highlighted, String highlightWords) {
        this(metric, table, exports, linkFor, highlighted, highlightWords, null);
    }

    /**
     * @param linkFor the address a row's label links to (drill-down), or {@code null} for none
     * @param highlighted keys of rows to mark (for example the sectors a provider's subjects serve)
     * @param weightedTable the same table weighted, asked only when the reader chooses weighted figures; {@code null}
     *        where the round has no weights (then no choice is offered)
     */
    FigureTablePanel(Metric metric, FigureTable table, InsightExportService exports, Function<FigureRow, String> linkFor,
                     Set<String> highlighted, String highlightWords, Supplier<FigureTable> weightedTable) {
        addClassName("sp-figure-panel");
        this.metric = metric;
        this.unweighted = table;
        this.weightedSource = weightedTable;
        this.exports = exports;
        this.linkFor = linkFor;
        this.highlighted = highlighted;
        this.highlightWords = highlightWords;
        title = metric.name() + " by " + lower(table.breakdown().label());
        add(new H3(title), new Paragraph(metric.description() + " Unit: " + FigureFormat.unit(metric) + "."));
        if (metric.approximation() != null) {
            Paragraph approximation = new Paragraph(metric.approximation());
            approximation.addClassName("sp-caution");
            add(approximation);
        }
        if (weightedTable == null) {
            show = null;
        } else {
            // Named after its table: a page has several, and the label is the group's accessible name.
            show = new RadioButtonGroup<>("Show figures of " + title);
            show.setItems(WeightedPanel.UNWEIGHTED, WeightedPanel.WEIGHTED, WeightedPanel.SIDE_BY_SIDE);
            show.setValue(WeightedPanel.UNWEIGHTED);
            show.setHelperText("Weighted to the area's business population by industry and size band; the same "
                    + "figures are hidden (c) either way");
            show.addValueChangeListener(e -> render());
            add(show);
        }
        summary = new Paragraph();
        summary.addClassName("sp-chart-summary");
        add(summary);
        chart = new BarChart(title);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        Div side = new Div(chart, grid);
        side.addClassName("sp-chart-and-table");
        add(side);
        csv = new Anchor();
        xlsx = new Anchor();
        csv.setText("Download table (CSV)");
        xlsx.setText("Download table (Excel)");
        Div downloads = new Div(csv, xlsx);
        downloads.addClassName("sp-toolbar");
        add(downloads);
        render();
    }

    /** The chosen weighting: "Unweighted", "Weighted" or "Side by side". */
    String chosen() {
        return show == null || show.getValue() == null ? WeightedPanel.UNWEIGHTED : show.getValue();
    }

    private void render() {
        String chosen = chosen();
        boolean unweightedOnly = chosen.equals(WeightedPanel.UNWEIGHTED);
        if (!unweightedOnly && weighted == null) {
            weighted = weightedSource.get();
        }
        FigureTable main = chosen.equals(WeightedPanel.WEIGHTED) ? weighted : unweighted;
        FigureTable beside = chosen.equals(WeightedPanel.SIDE_BY_SIDE) ? weighted : null;
        lines.clear();
        for (int i = 0; i < unweighted.rows().size(); i++) {
            FigureRow row = main.rows().get(i);
            FigureRow w = unweightedOnly ? null : weighted.rows().get(i);
            lines.add(new Line(row.key(), row.label(), row.figure(), false, highlighted.contains(row.key()),
                    w == null ? null : w.figure(), w == null ? null : w.design()));
        }
        lines.add(new Line("", "All", main.total(), true, false, unweightedOnly ? null : weighted.total(),
                unweightedOnly ? null : weighted.totalDesign()));

        String words = switch (chosen) {
            case WeightedPanel.WEIGHTED -> " (weighted)";
            case WeightedPanel.SIDE_BY_SIDE -> " (unweighted and weighted)";
            default -> show == null ? "" : " (unweighted)";
        };
        String text = Summaries.ofTable(metric, main);
        if (chosen.equals(WeightedPanel.WEIGHTED)) {
            text = "Weighted to the business population. " + text;
        } else if (beside != null) {
            text = "Unweighted: " + text + " Weighted to the business population: " + Summaries.ofTable(metric, beside);
        } else if (show != null) {
            text = "Unweighted. " + text;
        }
        summary.setText(text);
        List<BarChart.Series> series = new ArrayList<>();
        series.add(new BarChart.Series(beside != null ? "Unweighted" : metric.name() + words,
                lines.stream().map(l -> point(metric, l.figure())).toList()));
        if (beside != null) {
            series.add(new BarChart.Series("Weighted", lines.stream().map(l -> point(metric, l.weighted())).toList()));
        }
        chart.show(title + words, text, lines.stream().map(Line::label).toList(), series, FigureFormat.unit(metric));
        columns(chosen);
        downloads(chosen);
    }

    static BarChart.Point point(Metric metric, Figure figure) {
        return new BarChart.Point(FigureFormat.shownValue(metric, figure), FigureFormat.valueWithMark(metric, figure));
    }

    private void columns(String chosen) {
        grid.removeAllColumns();
        Breakdown by = unweighted.breakdown();
        String value = metric.percent() ? "Share" : "Value";
        grid.addComponentColumn(line -> label(line, linkFor, highlightWords)).setHeader(by.label()).setFlexGrow(3);
        if (chosen.equals(WeightedPanel.SIDE_BY_SIDE)) {
            grid.addColumn(line -> FigureFormat.valueWithMark(metric, line.figure())).setHeader(value + ", unweighted")
                    .setAutoWidth(true);
            grid.addColumn(line -> FigureFormat.interval(metric, line.figure())).setHeader("95% interval, unweighted")
                    .setAutoWidth(true);
            grid.addColumn(line -> FigureFormat.valueWithMark(metric, line.weighted())).setHeader(value + ", weighted")
                    .setAutoWidth(true);
            grid.addColumn(line -> FigureFormat.interval(metric, line.weighted())).setHeader("95% interval, weighted")
                    .setAutoWidth(true);
        } else {
            String suffix = show == null ? "" : chosen.equals(WeightedPanel.WEIGHTED) ? ", weighted" : ", unweighted";
            grid.addColumn(line -> FigureFormat.valueWithMark(metric, line.figure())).setHeader(value + suffix).setAutoWidth(true);
            grid.addColumn(line -> FigureFormat.interval(metric, line.figure())).setHeader("95% interval" + suffix)
                    .setAutoWidth(true);
        }
        grid.addColumn(line -> Bases.of(line.figure())).setHeader(show == null ? "Base" : "Base (unweighted)").setAutoWidth(true);
        if (!chosen.equals(WeightedPanel.UNWEIGHTED)) {
            grid.addColumn(line -> design(line, true)).setHeader("Effective sample size").setAutoWidth(true);
            grid.addColumn(line -> design(line, false)).setHeader("Design effect").setAutoWidth(true);
        }
        grid.addColumn(line -> FigureFormat.note(line.figure())).setHeader("Note").setFlexGrow(4);
        String words = chosen.equals(WeightedPanel.UNWEIGHTED) ? (show == null ? "" : ", unweighted")
                : chosen.equals(WeightedPanel.WEIGHTED) ? ", weighted" : ", unweighted and weighted";
        grid.setAriaLabel(title + ", table" + words);
        grid.setItems(lines);
    }

    private static String design(Line line, boolean effective) {
        if (line.design() == null) {
            return Figure.SUPPRESSED_MARK;
        }
        double value = effective ? line.design().effectiveSampleSize() : line.design().designEffect();
        return new java.text.DecimalFormat(effective ? "#,##0.#" : "0.00",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.UK)).format(value);
    }

    private void downloads(String chosen) {
        MetricQuery query = unweighted.query();
        Breakdown by = unweighted.breakdown();
        boolean both = chosen.equals(WeightedPanel.SIDE_BY_SIDE);
        MetricQuery asked = query.withWeighting(chosen.equals(WeightedPanel.WEIGHTED) ? Weighting.WEIGHTED : Weighting.UNWEIGHTED);
        String suffix = both ? "-side-by-side" : "";
        csv.setHref(download(InsightExportService.fileName(asked, by, "csv").replace(".csv", suffix + ".csv"),
                InsightExportService.CSV_TYPE, out -> {
                    if (both) {
                        exports.exportCsvSideBySide(query, by, out);
                    } else {
                        exports.exportCsv(asked, by, out);
                    }
                }), AttachmentType.DOWNLOAD);
        xlsx.setHref(download(InsightExportService.fileName(asked, by, "xlsx").replace(".xlsx", suffix + ".xlsx"),
                InsightExportService.XLSX_TYPE, out -> {
                    if (both) {
                        exports.exportXlsxSideBySide(query, by, out);
                    } else {
                        exports.exportXlsx(asked, by, out);
                    }
                }), AttachmentType.DOWNLOAD);
        String words = show == null ? "" : both ? " (unweighted and weighted)"
                : chosen.equals(WeightedPanel.WEIGHTED) ? " (weighted)" : " (unweighted)";
        csv.getElement().setAttribute("aria-label", "Download " + title + words + " as CSV");
        xlsx.getElement().setAttribute("aria-label", "Download " + title + words + " as Excel");
    }

    private static Component label(Line line, Function<FigureRow, String> linkFor, String highlightWords) {
        Span text = new Span(line.label());
        if (line.total()) {
            text.addClassName("sp-total");
            return text;
        }
        Component shown = linkFor == null ? text
                : new Anchor(linkFor.apply(new FigureRow(line.key(), line.label(), line.figure())), line.label());
        if (line.highlighted() && highlightWords != null) {
            Span mark = new Span(" (" + highlightWords + ")");
            mark.addClassName("sp-highlight");
            return new Span(shown, mark);
        }
        return shown;
    }

    private static String lower(String label) {
        return Character.toLowerCase(label.charAt(0)) + label.substring(1);
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    static DownloadHandler download(String fileName, String contentType, Writer writer) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            try (var out = event.getOutputStream()) {
                writer.write(out);
            }
        };
    }
}
