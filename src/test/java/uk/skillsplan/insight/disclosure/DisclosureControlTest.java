package uk.skillsplan.insight.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import uk.skillsplan.insight.BaseUnit;
import uk.skillsplan.insight.Breakdown;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.FigureRow;
import uk.skillsplan.insight.FigureTable;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.MetricKind;
import uk.skillsplan.insight.MetricQuery;
import uk.skillsplan.insight.Suppression;

/**
 * The disclosure rules, by hand and as properties over random tables of organisations'
 * contributions (jqwik): nothing shown rests on fewer than the minimum organisations or is
 * dominated by one, and no hidden row can be worked out from the total and the shown rows.
 */
class DisclosureControlTest {

    static final DisclosureControl CONTROL = new DisclosureControl(DisclosureRules.DEFAULTS,
            Clock.fixed(Instant.parse("2026-12-04T12:00:00Z"), ZoneOffset.UTC));
    static final Metric VOLUME = new Metric("SSV_VOLUME", "SSVs", "", "SSVs", "", BaseUnit.ESTABLISHMENTS,
            MetricKind.VOLUME, false, List.of("VAC_SSV"), "EMPLOYER", null, null);
    static final Metric SHARE = new Metric("TRAINING_INCIDENCE", "Training", "", "", "", BaseUnit.ESTABLISHMENTS,
            MetricKind.INCIDENCE, true, List.of("TRAINING_ANY"), "EMPLOYER", null, null);
    static final MetricQuery QUERY = MetricQuery.of("SSV_VOLUME", 1, "E69000037");

    /** A cell made from the organisations' own contributions, as the database would sum them. */
    static RawCell cell(String key, List<Integer> contributions) {
        List<Integer> sorted = new ArrayList<>(contributions);
        sorted.sort(java.util.Comparator.reverseOrder());
        double total = sorted.stream().mapToInt(Integer::intValue).sum();
        Magnitude m = new Magnitude(total, sorted.isEmpty() ? 0 : sorted.get(0), sorted.size() < 2 ? 0 : sorted.get(1));
        return new RawCell(key, key, contributions.size(), contributions.size(), List.of(m), List.of(),
                contributions.isEmpty() ? null : total, null);
    }

    @Test
    void fewer_than_five_organisations_are_suppressed_and_show_no_base() {
        Figure f = CONTROL.figure(QUERY, VOLUME, cell("x", List.of(3, 3, 3, 3)));
        assertThat(f.suppressed()).isTrue();
        assertThat(f.suppression()).isEqualTo(Suppression.TOO_FEW_RESPONSES);
        assertThat(f.value()).isNull();
        assertThat(f.base()).isZero();
    }

    @Test
    void one_organisation_over_half_of_a_magnitude_is_dominance() {
        assertThat(CONTROL.figure(QUERY, VOLUME, cell("x", List.of(51, 10, 10, 10, 10, 9))).suppression())
                .isEqualTo(Suppression.DOMINATED);
        // 40 of 100: not over half, and 100 - 40 - 30 = 30 >= 10% of 40, so the p% rule passes too.
        Figure shown = CONTROL.figure(QUERY, VOLUME, cell("x", List.of(40, 30, 10, 10, 10)));
        assertThat(shown.suppressed()).isFalse();
        assertThat(shown.value()).isEqualTo(100.0);
        assertThat(shown.caution()).isTrue();
    }

    @Test
    void the_p_percent_rule_catches_two_large_contributors_among_tiny_ones() {
        // 45 + 45 + 1 + 1 + 1: nobody over half, but the rest (3) is under 10% of the largest (4.5): the second could
        // work out the first's figure to within 10%.
        assertThat(CONTROL.figure(QUERY, VOLUME, cell("x", List.of(45, 45, 1, 1, 1))).suppression())
                .isEqualTo(Suppression.DOMINATED);
    }

    @Test
    void shares_of_organisations_are_not_magnitudes_and_ignore_dominance() {
        RawCell c = new RawCell(null, null, 6, 6, List.of(), List.of(), 0.5, null);
        assertThat(CONTROL.figure(QUERY, SHARE, c).suppressed()).isFalse();
    }

    @Test
    void counts_of_organisations_are_rounded_to_five_and_caution_is_below_thirty() {
        Figure f = CONTROL.figure(QUERY, SHARE, new RawCell(null, null, 32, 32, List.of(), List.of(), 0.5, null));
        assertThat(f.base()).isEqualTo(30);
        assertThat(f.caution()).isFalse();
        assertThat(CONTROL.rounded(7)).isEqualTo(5);
        assertThat(CONTROL.rounded(8)).isEqualTo(10);
    }

    @Test
    void a_cell_a_handful_of_organisations_short_of_the_same_cell_one_condition_wider_is_suppressed() {
        // Sector C in the whole area has 6 organisations, sector C in Leeds 5: subtracting gives one organisation.
        RawCell leedsC = new RawCell(null, null, 5, 5, List.of(), List.of(6), 0.4, null);
        assertThat(CONTROL.figure(QUERY, SHARE, leedsC).suppression()).isEqualTo(Suppression.SECONDARY);
        RawCell safe = new RawCell(null, null, 5, 5, List.of(), List.of(5, 10), 0.4, null);
        assertThat(CONTROL.figure(QUERY, SHARE, safe).suppressed()).isFalse();
    }

    @Test
    void when_one_row_is_hidden_the_next_smallest_is_hidden_too() {
        List<RawCell> rows = List.of(cell("A", List.of(1, 1, 1)), cell("B", List.of(2, 2, 2, 2, 2, 2)),
                cell("C", List.of(3, 3, 3, 3, 3, 3, 3)), cell("D", List.of(1, 1, 1, 1, 1, 1, 1, 1)));
        FigureTable table = CONTROL.table(QUERY, VOLUME, Breakdown.SIC_SECTION, rows, union(rows), true, false);
        assertThat(table.rows()).extracting(r -> r.figure().suppression())
                .containsExactly(Suppression.TOO_FEW_RESPONSES, Suppression.SECONDARY, null, null);
        assertThat(table.total().suppressed()).isFalse();
    }

    @Test
    void two_hidden_rows_that_together_are_still_too_few_pull_in_a_third() {
        List<RawCell> rows = List.of(cell("A", List.of(1, 1)), cell("B", List.of(2, 2)),
                cell("C", List.of(3, 3, 3, 3, 3, 3)), cell("D", List.of(1, 1, 1, 1, 1, 1, 1, 1)));
        FigureTable table = CONTROL.table(QUERY, VOLUME, Breakdown.SIC_SECTION, rows, union(rows), true, false);
        assertThat(table.rows()).extracting(r -> r.figure().suppression())
                .containsExactly(Suppression.TOO_FEW_RESPONSES, Suppression.TOO_FEW_RESPONSES, Suppression.SECONDARY, null);
    }

    /** The table's total, with a value (a union of cells has none of its own). */
    static RawCell union(List<RawCell> rows) {
        RawCell sum = rows.stream().reduce((a, b) -> a.union(b, false)).orElseThrow();
        return new RawCell(null, "Total", sum.organisations(), sum.smallestPart(), sum.magnitudes(), List.of(),
                sum.magnitudes().getFirst().total(), null);
    }

    // --- properties -------------------------------------------------------------------------------------

    @Provide
    Arbitrary<List<List<Integer>>> tables() {
        Arbitrary<List<Integer>> row = Arbitraries.integers().between(0, 200).list().ofMinSize(0).ofMaxSize(12);
        return row.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 500)
    void no_figure_shown_rests_on_too_few_organisations_or_is_dominated(@ForAll("tables") List<List<Integer>> contributions) {
        List<RawCell> rows = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < contributions.size(); i++) {
            rows.add(cell("R" + i, contributions.get(i)));
            all.addAll(contributions.get(i));
        }
        FigureTable table = CONTROL.table(QUERY, VOLUME, Breakdown.SIC_SECTION, rows, cell(null, all), true, false);
        for (int i = 0; i < rows.size(); i++) {
            assertSafe(table.rows().get(i).figure(), contributions.get(i));
        }
        assertSafe(table.total(), all);
    }

    private static void assertSafe(Figure figure, List<Integer> contributions) {
        if (figure.suppressed()) {
            assertThat(figure.value()).isNull();
            return;
        }
        assertThat(contributions.size()).isGreaterThanOrEqualTo(5);
        int total = contributions.stream().mapToInt(Integer::intValue).sum();
        List<Integer> sorted = contributions.stream().sorted(java.util.Comparator.reverseOrder()).toList();
        if (total > 0) {
            assertThat(sorted.get(0)).isLessThanOrEqualTo(total / 2);
            assertThat(total - sorted.get(0) - sorted.get(1)).isGreaterThanOrEqualTo((int) Math.floor(0.1 * sorted.get(0)));
        }
        assertThat(figure.base() % 5).isZero();
    }

    @Property(tries = 500)
    void a_hidden_row_cannot_be_worked_out_from_the_total_and_the_shown_rows(
            @ForAll("tables") List<List<Integer>> contributions) {
        List<RawCell> rows = new ArrayList<>();
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < contributions.size(); i++) {
            rows.add(cell("R" + i, contributions.get(i)));
            all.addAll(contributions.get(i));
        }
        FigureTable table = CONTROL.table(QUERY, VOLUME, Breakdown.SIC_SECTION, rows, cell(null, all), true, false);
        if (table.total().suppressed()) {
            return;
        }
        // What a reader can derive: total less the shown rows = the hidden rows (with organisations) taken together.
        List<Integer> hiddenTogether = new ArrayList<>();
        int hiddenRows = 0;
        for (int i = 0; i < rows.size(); i++) {
            FigureRow row = table.rows().get(i);
            if (row.figure().suppressed() && !contributions.get(i).isEmpty()) {
                hiddenRows++;
                hiddenTogether.addAll(contributions.get(i));
            }
        }
        if (hiddenRows == 0) {
            return;
        }
        assertThat(hiddenRows).as("a single hidden row equals total less the others").isGreaterThan(1);
        assertSafe(CONTROL.figure(QUERY, VOLUME, cell("derived", hiddenTogether)), hiddenTogether);
        assertThat(CONTROL.figure(QUERY, VOLUME, cell("derived", hiddenTogether)).suppressed())
                .as("the derivable sum of the hidden rows would itself pass disclosure control").isFalse();
    }

    @Property(tries = 200)
    void figures_on_fewer_than_the_minimum_are_never_shown_whatever_their_value(@ForAll @IntRange(min = 0, max = 4) int n,
                                                                                  @ForAll @IntRange(min = 0, max = 1000) int value) {
        RawCell c = new RawCell(null, null, n, n, List.of(), List.of(), (double) value, null);
        assertThat(CONTROL.figure(QUERY, SHARE, c).value()).isNull();
    }
}
