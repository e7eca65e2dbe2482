package uk.skillsplan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class BarChartTest {

    @Test
    void a_bar_without_a_value_is_drawn_empty_and_labelled_with_its_mark_never_left_as_a_silent_gap() {
        BarChart chart = new BarChart("Vacancies by sector");
        chart.show("Vacancies by sector", "Highest in Construction.", List.of("Construction", "Mining"),
                List.of(new BarChart.Series("West Yorkshire", List.of(new BarChart.Point(27.5, "27.5%"),
                        new BarChart.Point(null, "c")))), "%");

        JsonNode bars = chart.options().get("series").get(0).get("data");
        assertThat(bars.get(0).get("value").asDouble()).isEqualTo(27.5);
        assertThat(bars.get(1).get("value").asDouble()).isZero();
        assertThat(bars.get(1).get("label").get("show").asBoolean()).isTrue();
        assertThat(bars.get(1).get("label").get("formatter").asString()).isEqualTo("c");
    }

    @Test
    void the_chart_is_one_image_named_by_its_title_and_our_summary_and_echarts_own_description_is_off() {
        BarChart chart = new BarChart("Skills lacking");
        chart.show("Skills lacking", "Most often technical skills (40%).", List.of("Technical"),
                List.of(new BarChart.Series("Area", List.of(new BarChart.Point(40.0, "40%")))), null);

        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Skills lacking. Most often technical skills (40%).");
        assertThat(chart.options().get("aria").get("enabled").asBoolean()).isFalse();
    }

    @Test
    void labels_with_quotes_and_markup_travel_as_data_not_as_code() {
        String awkward = "Sales \"& marketing\" </script><img src=x onerror=alert(1)>";
        ObjectNode options = BarChart.options(List.of(awkward), List.of(new BarChart.Series("It's \"ours\"",
                List.of(new BarChart.Point(1.0, "1")))), null);

        assertThat(options.get("yAxis").get("data").get(0).asString()).isEqualTo(awkward);
        assertThat(options.get("series").get(0).get("name").asString()).isEqualTo("It's \"ours\"");
    }

    @Test
    void a_chart_whose_every_bar_is_hidden_shows_no_scale_that_would_suggest_zeros() {
        ObjectNode hidden = BarChart.options(List.of("A", "B"), List.of(new BarChart.Series("Leeds",
                List.of(new BarChart.Point(null, "c"), new BarChart.Point(null, "c")))), "%");
        ObjectNode shown = BarChart.options(List.of("A"), List.of(new BarChart.Series("Leeds",
                List.of(new BarChart.Point(3.0, "3%")))), "%");

        assertThat(hidden.get("xAxis").get("axisLabel").get("show").asBoolean()).isFalse();
        assertThat(shown.get("xAxis").get("axisLabel").get("show").asBoolean()).isTrue();
    }

    @Test
    void two_series_get_a_legend_so_that_the_colours_are_explained() {
        ObjectNode options = BarChart.options(List.of("A"), List.of(
                new BarChart.Series("Leeds", List.of(new BarChart.Point(1.0, "1"))),
                new BarChart.Series("England", List.of(new BarChart.Point(2.0, "2")))), null);

        assertThat(options.get("legend").get("data").get(1).asString()).isEqualTo("England");
    }
}
