package uk.skillsplan.base.ui;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A heat-map (rows x columns, each cell coloured by its value) drawn by ECharts in the browser, the
 * same way as {@link BarChart}: the webjar script loaded at run time, options as a Jackson tree, one
 * image ({@code role="img"}) named by the page's own one-line summary, the same data in a table beside it.
 *
 * <p>A cell without a value is never a silent gap nor a colour that reads as a number: it is drawn
 * in a neutral grey outside the colour scale, with its mark (for example "c") written in it.
 */
public class HeatMapChart extends EChart {

    /** One cell: its column and row, its value (or {@code null}), its words, and whether to outline it. */
    public record Cell(int column, int row, Double value, String text, boolean outlined) {
    }

    /** The grey of cells without a value (with dark text it passes contrast). */
    static final String NO_VALUE_COLOUR = "#d9d9d9";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    public HeatMapChart(String accessibleName) {
        super(accessibleName);
    }

    /**
     * Shows the cells on rows (top to bottom) and columns (left to right). {@code summary} is the
     * one line that says what the chart shows; {@code scaleName} names the colour scale ("Response rate").
     */
    public void show(String name, String summary, List<String> rows, List<String> columns, List<Cell> cells,
                     String scaleName) {
        draw(name, summary, options(rows, columns, cells, scaleName), Math.max(12, 8 + rows.size() * 2.2));
    }

    static ObjectNode options(List<String> rows, List<String> columns, List<Cell> cells, String scaleName) {
        ObjectNode root = JSON.objectNode();
        root.putObject("aria").put("enabled", false);
        root.put("animation", false);
        root.putObject("grid").put("containLabel", true).put("left", 8).put("right", 8).put("top", 8).put("bottom", 64);
        ObjectNode x = root.putObject("xAxis");
        x.put("type", "category").put("position", "top");
        x.putObject("axisLabel").put("interval", 0);
        ArrayNode xData = x.putArray("data");
        columns.forEach(xData::add);
        ObjectNode y = root.putObject("yAxis");
        y.put("type", "category").put("inverse", true);
        y.putObject("axisLabel").put("width", 220).put("overflow", "break").put("lineHeight", 14).put("interval", 0);
        ArrayNode yData = y.putArray("data");
        rows.forEach(yData::add);
        double max = cells.stream().map(Cell::value).filter(Objects::nonNull).mapToDouble(Double::doubleValue).max().orElse(0);
        // The colour scale applies to the cells with values only (series 0); the others keep their grey.
        ObjectNode scale = root.putObject("visualMap");
        scale.put("type", "continuous").put("min", 0).put("max", max > 0 ? max : 1).put("calculable", false)
                .put("orient", "horizontal").put("left", "center").put("bottom", 0).put("seriesIndex", 0)
                // With no value at all a colour scale would suggest numbers that are not there.
                .put("show", cells.stream().anyMatch(c -> c.value() != null));
        ArrayNode ends = scale.putArray("text");
        ends.add("high" + (scaleName == null ? "" : " " + scaleName.toLowerCase(java.util.Locale.ROOT)));
        ends.add("low");
        ArrayNode colours = scale.putObject("inRange").putArray("color");
        colours.add("#fff5eb").add("#fdae6b").add("#e6550d").add("#7f2704");
        ArrayNode all = root.putArray("series");
        ArrayNode withValues = heatmap(all, scaleName == null ? "Value" : scaleName);
        ArrayNode without = heatmap(all, "No value");
        for (Cell cell : cells) {
            ObjectNode item = (cell.value() == null ? without : withValues).addObject();
            item.putArray("value").add(cell.column()).add(cell.row()).add(cell.value() == null ? 0 : cell.value());
            // The words are a literal per cell (no template), so "c" is written where a number would be.
            ObjectNode label = item.putObject("label");
            label.put("show", true).put("formatter", Objects.requireNonNullElse(cell.text(), "").replace("{", "(").replace("}", ")"));
            ObjectNode style = item.putObject("itemStyle");
            if (cell.value() == null) {
                style.put("color", NO_VALUE_COLOUR);
                label.put("color", "#1f1f1f");
            } else {
                label.put("color", max > 0 && cell.value() > 0.5 * max ? "#ffffff" : "#1f1f1f");
            }
            if (cell.outlined()) {
                style.put("borderColor", "#1f1f1f").put("borderWidth", 3);
            } else {
                style.put("borderColor", "#ffffff").put("borderWidth", 1);
            }
        }
        return root;
    }

    private static ArrayNode heatmap(ArrayNode all, String name) {
        ObjectNode series = all.addObject();
        series.put("type", "heatmap").put("name", name);
        return series.putArray("data");
    }
}
