package uk.skillsplan.insight.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import org.junit.jupiter.api.Test;
import uk.skillsplan.testing.KaribuTest;

class PopulationCoverageViewTest extends KaribuTest {

    @Test
    void the_erb_lead_sees_responses_against_businesses_by_industry_and_size_band() {
        login("erb");
        navigate("coverage");
        PopulationCoverageView view = _get(PopulationCoverageView.class);

        assertThat(view.round.getValue().title()).isEqualTo("Employer skills survey 2026");
        assertThat(view.localAuthority.getValue().name()).isEqualTo("Whole area");
        assertThat(GridKt._size(view.table)).isEqualTo(16);
        assertThat(view.summary.getText()).contains(" responses against ").contains("enterprises (2022")
                .contains("overall response rate").contains("under-represented");
        assertThat(view.mapping.getText()).contains("section G is compared with groups 5-7");
        assertThat(GridKt._getFormattedRow(view.table, 0).getFirst()).isEqualTo("Agriculture, forestry & fishing (A)");
        assertThat(String.join(" ", GridKt._getFormattedRow(view.table, 0))).matches(".*(c|[\\d,]+) of [\\d,]+.*");

        view.localAuthority.setValue(view.localAuthority.getListDataView().getItems()
                .filter(la -> la.name().equals("Leeds")).findFirst().orElseThrow());

        assertThat(GridKt._size(view.table)).isEqualTo(16);
        assertThat(view.summary.getText()).contains(" responses against ");
    }

    @Test
    void every_cell_reads_as_responses_of_businesses_with_the_rate_and_the_flag_in_words() {
        login("erb");
        navigate("coverage");
        PopulationCoverageView view = _get(PopulationCoverageView.class);

        String all = String.join("\n", java.util.stream.IntStream.range(0, GridKt._size(view.table))
                .mapToObj(i -> String.join(" | ", GridKt._getFormattedRow(view.table, i))).toList());
        assertThat(all).contains(" - under-represented").contains("c of ");
    }
}
