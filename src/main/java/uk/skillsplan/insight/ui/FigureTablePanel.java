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
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import uk.skillsplan.base.ui.BarChart;
import uk.skillsplan.insight.Breakdown;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.FigureRow;
import uk.skillsplan.insight.FigureTable;
import uk.skillsplan.insight.InsightExportService;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.export.FigureFormat;

/**
 * One metric broken down by one dimension: what it is, a one-line summary, a bar chart and the same
 * figures as a table beside it, with downloads (CSV and Excel) made from the same disclosure-controlled
 * table. A suppressed figure is "c" with its reason, in the chart as in the table.
 */
class FigureTablePanel extends Section {

    /** One line of the table: a breakdown value, or the total. */
    record Line(String key, String label, Figure figure, boolean total, boolean highlighted) {
    }

    final Metric metric;
    final BarChart chart;
    final Grid<Line> grid = new Grid<>();
    final Paragraph summary;
    final List<Line> lines;
    final Anchor csv;
    final Anchor xlsx;

    /**
     * @param linkFor the address a row's label links to (drill-down), or {@code null} for none
     * @param highlighted keys of rows to mark (for example the sectors a provider's subjects serve)
     */
    FigureTablePanel(Metric metric, FigureTable table, InsightExportService exports, Function<FigureRow, String> linkFor,
                     Set<String> highlighted, String highlightWords) {
        addClassName("sp-figure-panel");
        this.metric = metric;
        Breakdown by = table.breakdown();
        String title = metric.name() + " by " + lower(by.label());
        lines = new ArrayList<>();
        table.rows().forEach(row -> lines.add(new Line(row.key(), row.label(), row.figure(), false,
                highlighted.contains(row.key()))));
        lines.add(new Line("", "All", table.total(), true, false));

        add(new H3(title), new Paragraph(metric.description() + " Unit: " + FigureFormat.unit(metric) + "."));
        if (metric.approximation() != null) {
            Paragraph approximation = new Paragraph(metric.approximation());
            approximation.addClassName("sp-caution");
            add(approximation);
        }
        summary = new Paragraph(Summaries.ofTable(metric, table));
        summary.addClassName("sp-chart-summary");
        add(summary);

        chart = new BarChart(title);
        chart.show(title, summary.getText(), lines.stream().map(Line::label).toList(),
                List.of(new BarChart.Series(metric.name(), lines.stream().map(l -> point(metric, l.figure())).toList())),
                FigureFormat.unit(metric));
        configureGrid(metric, by, linkFor, highlightWords);
        Div side = new Div(chart, grid);
        side.addClassName("sp-chart-and-table");
        add(side);

        csv = new Anchor(download(InsightExportService.fileName(table.query(), by, "csv"), InsightExportService.CSV_TYPE,
                out -> exports.exportCsv(table.query(), by, out)), AttachmentType.DOWNLOAD, "Download table (CSV)");
        xlsx = new Anchor(download(InsightExportService.fileName(table.query(), by, "xlsx"), InsightExportService.XLSX_TYPE,
                out -> exports.exportXlsx(table.query(), by, out)), AttachmentType.DOWNLOAD, "Download table (Excel)");
        csv.getElement().setAttribute("aria-label", "Download " + title + " as CSV");
        xlsx.getElement().setAttribute("aria-label", "Download " + title + " as Excel");
        Div downloads = new Div(csv, xlsx);
        downloads.addClassName("sp-toolbar");
        add(downloads);
    }

    static BarChart.Point point(Metric metric, Figure figure) {
        return new BarChart.Point(FigureFormat.shownValue(metric, figure), FigureFormat.valueWithMark(metric, figure));
    }

    private void configureGrid(Metric metric, Breakdown by, Function<FigureRow, String> linkFor, String highlightWords) {
        grid.addComponentColumn(line -> label(line, linkFor, highlightWords)).setHeader(by.label()).setFlexGrow(3);
        grid.addColumn(line -> FigureFormat.valueWithMark(metric, line.figure())).setHeader(metric.percent() ? "Share" : "Value")
                .setAutoWidth(true);
        grid.addColumn(line -> Bases.of(line.figure())).setHeader("Base").setAutoWidth(true);
        grid.addColumn(line -> FigureFormat.interval(metric, line.figure())).setHeader("95% interval").setAutoWidth(true);
        grid.addColumn(line -> FigureFormat.note(line.figure())).setHeader("Note").setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAriaLabel(metric.name() + " by " + lower(by.label()) + ", table");
        grid.setItems(lines);
        grid.setAllRowsVisible(true);
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
