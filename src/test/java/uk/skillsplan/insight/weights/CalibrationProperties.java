package uk.skillsplan.insight.weights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The weights reproduce the population margins exactly (to floating-point tolerance) over random
 * populations and samples: the strata (industry x size band cells as merged), the area total and,
 * raking, the district groups; after trimming, the area total, and no weight above the cap.
 */
class CalibrationProperties {

    static final List<String> BANDS = List.of("micro", "small", "medium", "large");
    static final List<String> INDUSTRIES = List.of("1", "2", "3", "4", "5-7", "8");
    static final List<String> DISTRICTS = List.of("E1", "E2", "E3");

    /** A population and a sample: per district x industry x band, businesses and responses (responses not above businesses). */
    @Provide
    Arbitrary<List<Calibration.Cell>> areas() {
        int size = DISTRICTS.size() * INDUSTRIES.size() * BANDS.size();
        Arbitrary<int[]> cell = Combinators.combine(
                Arbitraries.frequencyOf(
                        net.jqwik.api.Tuple.of(2, Arbitraries.just(0)),
                        net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(1, 50)),
                        net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(50, 5_000))),
                Arbitraries.doubles().between(0, 0.6)).as((b, rate) -> new int[] {b, (int) Math.floor(b * rate)});
        return cell.list().ofSize(size).map(counts -> {
            List<Calibration.Cell> cells = new ArrayList<>();
            int at = 0;
            for (String lad : DISTRICTS) {
                for (String industry : INDUSTRIES) {
                    for (String band : BANDS) {
                        int[] c = counts.get(at++);
                        cells.add(new Calibration.Cell(lad, industry, band, c[0], c[1]));
                    }
                }
            }
            return cells;
        }).filter(cells -> cells.stream().mapToLong(Calibration.Cell::responses).sum() > 0);
    }

    @Property(tries = 300)
    void post_stratified_weights_reproduce_every_stratum_and_the_total(@ForAll("areas") List<Calibration.Cell> cells,
                                                                       @ForAll @IntRange(min = 1, max = 12) int k) {
        Calibration.Result result = Calibration.compute(cells, INDUSTRIES, BANDS, new Calibration.Options(k, false, null));

        long businesses = cells.stream().mapToLong(Calibration.Cell::businesses).sum();
        assertThat(result.businesses()).isEqualTo(businesses);
        assertClose(weightedTotal(cells, result, c -> "all"), Map.of("all", (double) businesses));
        Map<String, Double> strata = new HashMap<>();
        for (Calibration.Stratum s : result.strata()) {
            strata.put(String.valueOf(s.id()), (double) s.businesses());
            // Every stratum with businesses has responses (the rule merged the empty ones), and enough unless it is all there is.
            assertThat(s.responses()).as(s.toString()).isPositive();
            assertThat(s.responses() >= k || result.strata().size() == 1 || mergedAllIndustry(s)).as(s.toString()).isTrue();
        }
        assertClose(weightedTotal(cells, result, c -> String.valueOf(result.stratumOf().get(c.industry() + "|" + c.band()))),
                strata);
        assertThat(result.weights().values()).allMatch(w -> w > 0);
    }

    @Property(tries = 200)
    void raked_weights_reproduce_the_strata_exactly_and_the_districts_to_the_tolerance(
            @ForAll("areas") List<Calibration.Cell> cells) {
        Calibration.Result result = Calibration.compute(cells, INDUSTRIES, BANDS, new Calibration.Options(3, true, null));

        Map<String, Double> strata = new HashMap<>();
        result.strata().forEach(s -> strata.put(String.valueOf(s.id()), (double) s.businesses()));
        assertClose(weightedTotal(cells, result, c -> String.valueOf(result.stratumOf().get(c.industry() + "|" + c.band()))),
                strata);
        if (result.converged()) {
            for (Calibration.DistrictGroup g : result.districts()) {
                assertThat(Math.abs(g.weightedTotal() - g.businesses()))
                        .isLessThanOrEqualTo(Calibration.RAKING_TOLERANCE * g.businesses() * 10 + 1e-6);
            }
        }
    }

    @Property(tries = 200)
    void trimmed_weights_keep_the_total_and_stay_under_the_cap(@ForAll("areas") List<Calibration.Cell> cells,
                                                               @ForAll @IntRange(min = 1, max = 6) int factor) {
        Calibration.Result result = Calibration.compute(cells, INDUSTRIES, BANDS, new Calibration.Options(3, false, (double) factor));

        long businesses = cells.stream().mapToLong(Calibration.Cell::businesses).sum();
        assertClose(weightedTotal(cells, result, c -> "all"), Map.of("all", (double) businesses));
        assertThat(result.cap()).isEqualTo(factor * (double) businesses / result.responses());
        assertThat(result.weights().values()).allMatch(w -> w <= result.cap() * (1 + 1e-9));
    }

    @Test
    void an_empty_size_band_is_merged_with_the_next_band_up_and_the_cell_keeps_its_businesses() {
        List<Calibration.Cell> cells = List.of(
                new Calibration.Cell("E1", "1", "micro", 100, 10),
                new Calibration.Cell("E1", "1", "small", 40, 0),
                new Calibration.Cell("E1", "1", "medium", 10, 6),
                new Calibration.Cell("E1", "1", "large", 2, 1));
        Calibration.Result result = Calibration.compute(cells, List.of("1"), BANDS, new Calibration.Options(5, false, null));

        // small (0 responses) joins medium: 50 businesses over 6 responses; large (1) then joins that group: 52 over 7.
        assertThat(result.strata()).extracting(Calibration.Stratum::cells)
                .containsExactly(List.of("1|micro"), List.of("1|small", "1|medium", "1|large"));
        assertThat(result.weights().get("E1|1|micro")).isEqualTo(10.0);
        assertThat(result.weights().get("E1|1|medium")).isEqualTo(52.0 / 7);
        assertThat(result.effectiveSampleSize()).isCloseTo(Math.pow(100 + 52, 2) / (10 * 100 + 7 * Math.pow(52.0 / 7, 2)),
                org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void an_industry_too_small_on_its_own_is_merged_with_the_next_industry() {
        List<Calibration.Cell> cells = List.of(
                new Calibration.Cell("E1", "1", "micro", 100, 2),
                new Calibration.Cell("E1", "2", "micro", 300, 10),
                new Calibration.Cell("E1", "2", "small", 50, 5));
        Calibration.Result result = Calibration.compute(cells, List.of("1", "2"), BANDS, new Calibration.Options(5, false, null));

        assertThat(result.strata()).hasSize(1);
        assertThat(result.strata().getFirst().cells()).contains("1|micro", "2|micro", "2|small");
        assertThat(result.weights().get("E1|1|micro")).isEqualTo(450.0 / 17);
    }

    @Test
    void raking_meets_the_district_totals_and_the_strata_when_both_can_be_met() {
        List<Calibration.Cell> cells = List.of(
                new Calibration.Cell("E1", "1", "micro", 100, 10), new Calibration.Cell("E1", "1", "small", 50, 5),
                new Calibration.Cell("E2", "1", "micro", 200, 10), new Calibration.Cell("E2", "1", "small", 30, 6));
        Calibration.Result result = Calibration.compute(cells, List.of("1"), BANDS, new Calibration.Options(5, true, null));

        assertThat(result.converged()).isTrue();
        assertThat(result.districts()).allSatisfy(g -> assertThat(g.weightedTotal())
                .isCloseTo(g.businesses(), org.assertj.core.data.Offset.offset(1e-7)));
        assertThat(result.strata()).allSatisfy(s -> assertThat(s.weightedTotal())
                .isCloseTo(s.businesses(), org.assertj.core.data.Offset.offset(1e-9)));
        // Raking moves weight from E1 to E2 within each stratum: post-stratified, E1 would weigh 10 x 15 + 5 x 80 / 11 = 186.4 against its 150 businesses.
        assertThat(result.weights().get("E2|1|micro")).isGreaterThan(result.weights().get("E1|1|micro"));
    }

    private static boolean mergedAllIndustry(Calibration.Stratum s) {
        return s.cells().size() >= BANDS.size();
    }

    private static Map<String, Double> weightedTotal(List<Calibration.Cell> cells, Calibration.Result result,
                                                     java.util.function.Function<Calibration.Cell, String> key) {
        Map<String, Double> totals = new HashMap<>();
        for (Calibration.Cell c : cells) {
            if (c.responses() > 0) {
                totals.merge(key.apply(c), c.responses() * result.weights().get(c.lad() + "|" + c.industry() + "|" + c.band()),
                        Double::sum);
            }
        }
        return totals;
    }

    private static void assertClose(Map<String, Double> actual, Map<String, Double> expected) {
        expected.forEach((key, value) -> {
            if (value > 0) {
                assertThat(actual.getOrDefault(key, 0.0)).as(key).isCloseTo(value,
                        org.assertj.core.data.Offset.offset(1e-9 * value));
            }
        });
    }
}
