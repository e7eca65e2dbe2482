package uk.skillsplan.base.ui;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A horizontal bar chart drawn by ECharts in the browser. The script comes from its webjar at run
 * time (a URL with {@code ://}, so Vaadin builds no frontend bundle), and the options travel as a
 * Jackson tree, never as JSON built from strings, so labels with quotes or markup arrive intact.
 *
 * <p>For people who cannot see it, the chart is one image ({@code role="img"}) named by the words
 * its page gives it ({@link #show}'s summary), and pages put the same data in a table beside it.
 * A bar without a value is never a silent gap: it is drawn empty with its mark (for example "c")
 * written where the bar would be.
 */
public class BarChart extends EChart {

    /** One bar: its value (or {@code null}) and the words written at its end ("27%", "c"). */
    public record Point(Double value, String text) {
    }

    /** One series of bars, one point per category, in the categories' order. */
    public record Series(String name, List<Point> points) {

        public Series {
            points = List.copyOf(points);
        }
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    public BarChart(String accessibleName) {
        super(accessibleName);
    }

    /**
     * Shows the categories (bars top to bottom) and the series. {@code summary} is the one line that
     * says what the chart shows; it becomes the chart's accessible description, after its name.
     */
    public void show(String name, String summary, List<String> categories, List<Series> series, String axisName) {
        draw(name, summary, options(categories, series, axisName),
                Math.max(10, 5 + categories.size() * (1.4 + 1.2 * series.size())));
    }

    static ObjectNode options(List<String> categories, List<Series> series, String axisName) {
        ObjectNode root = JSON.objectNode();
        // Our own summary names the chart; ECharts' generated description would read out raw numbers.
        root.putObject("aria").put("enabled", false);
        root.put("animation", false);
        ObjectNode grid = root.putObject("grid");
        grid.put("containLabel", true).put("left", 8).put("right", 64).put("top", series.size() > 1 ? 32 : 8).put("bottom", 8);
        if (series.size() > 1) {
            ArrayNode names = root.putObject("legend").putArray("data");
            series.forEach(s -> names.add(s.name()));
        }
        ObjectNode valueAxis = root.putObject("xAxis");
        valueAxis.put("type", "value");
        boolean empty = series.stream().flatMap(s -> s.points().stream()).allMatch(p -> p.value() == null);
        if (axisName != null && !empty) {
            valueAxis.put("name", axisName).put("nameLocation", "middle").put("nameGap", 24);
        }
        // With no value at all a scale would suggest zeros: show the bars' marks only.
        valueAxis.putObject("axisLabel").put("show", !empty);
        ObjectNode categoryAxis = root.putObject("yAxis");
        categoryAxis.put("type", "category").put("inverse", true);
        categoryAxis.putObject("axisLabel").put("width", 220).put("overflow", "break").put("lineHeight", 14)
                .put("interval", 0);
        ArrayNode data = categoryAxis.putArray("data");
        categories.forEach(data::add);
        ArrayNode all = root.putArray("series");
        for (Series s : series) {
            ObjectNode node = all.addObject();
            node.put("type", "bar").put("name", s.name());
            ArrayNode points = node.putArray("data");
            for (Point point : s.points()) {
                ObjectNode item = points.addObject();
                item.put("value", point.value() == null ? 0 : point.value());
                // The words are set per bar as a literal (no template), so "c" marks a bar without a value.
                item.putObject("label").put("show", true).put("position", "right")
                        .put("formatter", Objects.requireNonNullElse(point.text(), "").replace("{", "(").replace("}", ")"));
            }
        }
        return root;
    }
}
