package uk.skillsplan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class HeatMapChartTest {

    @Test
    void a_cell_without_a_value_is_grey_outside_the_colour_scale_and_labelled_with_its_mark() {
        ObjectNode options = HeatMapChart.options(List.of("Construction", "Mining"), List.of("Micro", "Small"), List.of(
                new HeatMapChart.Cell(0, 0, 0.12, "12.0%", false),
                new HeatMapChart.Cell(1, 1, null, "c", false)), "Response rate");

        JsonNode coloured = options.get("series").get(0).get("data");
        JsonNode grey = options.get("series").get(1).get("data");
        assertThat(coloured).hasSize(1);
        assertThat(coloured.get(0).get("value").get(2).asDouble()).isEqualTo(0.12);
        assertThat(grey).hasSize(1);
        assertThat(grey.get(0).get("value").get(0).asInt()).isEqualTo(1);
        assertThat(grey.get(0).get("label").get("show").asBoolean()).isTrue();
        assertThat(grey.get(0).get("label").get("formatter").asString()).isEqualTo("c");
        assertThat(grey.get(0).get("itemStyle").get("color").asString()).isEqualTo(HeatMapChart.NO_VALUE_COLOUR);
        assertThat(options.get("visualMap").get("seriesIndex").asInt()).isZero();
        assertThat(options.get("visualMap").get("max").asDouble()).isEqualTo(0.12);
        assertThat(options.get("visualMap").get("show").asBoolean()).isTrue();
    }

    @Test
    void a_heat_map_whose_every_cell_is_hidden_shows_no_colour_scale_that_would_suggest_numbers() {
        ObjectNode options = HeatMapChart.options(List.of("Mining"), List.of("Micro", "Small"), List.of(
                new HeatMapChart.Cell(0, 0, null, "c", false), new HeatMapChart.Cell(1, 0, null, "c", true)), "Response rate");

        assertThat(options.get("visualMap").get("show").asBoolean()).isFalse();
        assertThat(options.get("series").get(1).get("data")).hasSize(2);
    }

    @Test
    void the_heat_map_is_one_image_named_by_its_title_and_our_summary_and_outlines_what_it_is_asked_to() {
        HeatMapChart chart = new HeatMapChart("Coverage");
        chart.show("Coverage", "Lowest in Mining, small.", List.of("Mining"), List.of("Small"),
                List.of(new HeatMapChart.Cell(0, 0, 0.01, "1.0% low", true)), "Response rate");

        assertThat(chart.getElement().getAttribute("role")).isEqualTo("img");
        assertThat(chart.getElement().getAttribute("aria-label")).isEqualTo("Coverage. Lowest in Mining, small.");
        assertThat(chart.options().get("aria").get("enabled").asBoolean()).isFalse();
        assertThat(chart.options().get("series").get(0).get("data").get(0).get("itemStyle").get("borderWidth").asInt()).isEqualTo(3);
    }

    @Test
    void labels_with_quotes_and_markup_travel_as_data_not_as_code() {
        String awkward = "Sales \"& marketing\" </script><img src=x onerror=alert(1)>";
        ObjectNode options = HeatMapChart.options(List.of(awkward), List.of("Micro"),
                List.of(new HeatMapChart.Cell(0, 0, 1.0, "{a}", false)), null);

        assertThat(options.get("yAxis").get("data").get(0).asString()).isEqualTo(awkward);
        assertThat(options.get("series").get(0).get("data").get(0).get("label").get("formatter").asString()).isEqualTo("(a)");
    }
}
