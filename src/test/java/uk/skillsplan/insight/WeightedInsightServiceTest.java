package uk.skillsplan.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static uk.skillsplan.insight.InsightFixture.employer;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.survey.EmployerQuestions;
import uk.skillsplan.insight.weights.Kish;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

/**
 * Weighted figures against hand-worked values, margins against the stored population, disclosure on
 * the unweighted contributions, and who may see and compute weights. Runs on H2 and, with
 * -Ppostgres-tests, on PostgreSQL: the same assertions hold the numbers on both.
 */
class WeightedInsightServiceTest extends ServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    WeightedInsightService weighted;
    @Autowired
    InsightService insight;
    @Autowired
    PopulationImportService population;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void theShippedPopulationIsTheLatestImport() {
        signInAs("erb");
        population.confirm(population.check(SurveyTestData.WEST_YORKSHIRE, "ubc.csv", PopulationImportServiceTest.shipped()), null);
    }

    /** Ten employers: six in manufacturing (section C, group 3; five trained), four in construction (F, group 4; all trained). */
    private InsightFixture tenEmployers(String title) {
        InsightFixture round = new InsightFixture(context, title);
        List<InsightFixture.Employer> list = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            list.add(employer(20).in(SurveyTestData.LEEDS, "C", SizeBand.SMALL).trained(i + 1, 2));
        }
        list.add(employer(20).in(SurveyTestData.BRADFORD, "C", SizeBand.SMALL));
        for (int i = 0; i < 3; i++) {
            list.add(employer(10).in(SurveyTestData.LEEDS, "F", SizeBand.SMALL).trained(2, 2));
        }
        list.add(employer(400).in(SurveyTestData.LEEDS, "F", SizeBand.LARGE).trained(100, 300));
        round.submit(list.toArray(InsightFixture.Employer[]::new));
        return round;
    }

    private long businesses(String condition) {
        long id = population.imports(SurveyTestData.WEST_YORKSHIRE).getFirst().id();
        return jdbc.queryForObject("select sum(businesses) from population_count where import_id = ? and " + condition,
                Long.class, id);
    }

    @Test
    void a_weighted_share_is_worked_out_by_hand_from_the_merged_strata() {
        InsightFixture round = tenEmployers("Weighted by hand");
        // With at least one response per stratum: groups 1 and 2 have no responses and merge into group 3 (all of
        // manufacturing's bands are one group: micro, medium and large have none); construction (4) keeps
        // micro+small and medium+large until groups 5-7 to 18, none answered, merge into it at the end.
        WeightingSummary summary = weighted.recompute(round.round.id(), 1, false, null);
        double a = businesses("industry_code in ('1', '2', '3')");
        double b = businesses("industry_code not in ('1', '2', '3')");
        assertThat(summary.strata()).hasSize(2);
        assertThat(summary.strata()).extracting(WeightingSummary.Stratum::responses).containsExactly(6L, 4L);
        assertThat(summary.businesses()).isEqualTo((long) (a + b));
        double wa = a / 6;
        double wb = b / 4;
        // Margins: each stratum's weighted total is its businesses.
        assertThat(summary.strata().get(0).weightedTotal()).isCloseTo(a, within(1e-6));
        assertThat(summary.strata().get(1).weightedTotal()).isCloseTo(b, within(1e-6));
        assertThat(summary.effectiveSampleSize()).isCloseTo(Math.pow(6 * wa + 4 * wb, 2) / (6 * wa * wa + 4 * wb * wb),
                within(1e-9));

        WeightedComparison training = weighted.compare(List.of(round.query("TRAINING_INCIDENCE"))).getFirst();
        // Nine of ten trained; weighted, the untrained one is a manufacturer: (5 wa + 4 wb) / (6 wa + 4 wb).
        assertThat(training.unweighted().value()).isCloseTo(0.9, within(1e-12));
        double p = (5 * wa + 4 * wb) / (6 * wa + 4 * wb);
        assertThat(training.weighted().value()).isCloseTo(p, within(1e-12));
        double nEff = Math.pow(6 * wa + 4 * wb, 2) / (6 * wa * wa + 4 * wb * wb);
        assertThat(training.effectiveSampleSize()).isCloseTo(nEff, within(1e-9));
        assertThat(training.designEffect()).isCloseTo(10 / nEff, within(1e-9));
        Interval expected = Kish.wilson(p, nEff, Kish.WILSON_EFFECTIVE);
        assertThat(training.weighted().interval().lower()).isCloseTo(expected.lower(), within(1e-12));
        assertThat(training.weighted().interval().upper()).isCloseTo(expected.upper(), within(1e-12));
        assertThat(training.weighted().interval().method()).contains("effective sample size");
        assertThat(training.weighted().base()).isEqualTo(training.unweighted().base());
        assertThat(insight.figure(round.query("TRAINING_INCIDENCE").withWeighting(Weighting.WEIGHTED)).value())
                .isCloseTo(p, within(1e-12));
    }

    @Test
    void one_stratum_gives_equal_weights_the_unweighted_shares_and_no_design_effect() {
        InsightFixture round = tenEmployers("One stratum");
        WeightingSummary summary = weighted.recompute(round.round.id(), 1_000, false, null);
        assertThat(summary.strata()).hasSize(1);
        assertThat(summary.designEffect()).isCloseTo(1, within(1e-12));
        for (WeightedComparison c : weighted.compare(List.of(round.query("TRAINING_INCIDENCE"), round.query("SKILLS_GAP_DENSITY"),
                round.query("TRAINING_DAYS_PER_TRAINEE")))) {
            if (c.unweighted().value() != null) {
                assertThat(c.weighted().value()).as(c.metric().code()).isCloseTo(c.unweighted().value(), within(1e-9));
                assertThat(c.designEffect()).as(c.metric().code()).isCloseTo(1, within(1e-9));
            }
        }
    }

    @Test
    void a_weighted_figure_over_a_cell_too_small_to_show_is_hidden_too() {
        InsightFixture round = tenEmployers("Weighted disclosure");
        weighted.recompute(round.round.id(), 1, false, null);
        MetricQuery bradford = round.query("TRAINING_INCIDENCE")
                .withFilter(InsightFilter.NONE.withLocalAuthority(SurveyTestData.BRADFORD));
        WeightedComparison c = weighted.compare(List.of(bradford)).getFirst();
        assertThat(c.unweighted().suppressed()).isTrue();
        assertThat(c.weighted().suppressed()).isTrue();
        assertThat(c.weighted().value()).isNull();
        assertThat(c.effectiveSampleSize()).isNull();
        assertThat(c.designEffect()).isNull();
    }

    @Test
    void trimmed_weights_keep_the_area_total_and_say_which_strata_fell_short() {
        InsightFixture round = tenEmployers("Trimmed");
        WeightingSummary summary = weighted.recompute(round.round.id(), 1, false, 1.2);
        double total = summary.strata().stream().mapToDouble(WeightingSummary.Stratum::weightedTotal).sum();
        assertThat(total).isCloseTo(summary.businesses(), within(1e-6));
        assertThat(summary.cap()).isCloseTo(1.2 * summary.businesses() / 10, within(1e-9));
        assertThat(summary.strata()).anyMatch(WeightingSummary.Stratum::trimmed);
    }

    @Test
    void weights_are_computed_once_and_again_only_when_the_rounds_responses_change() {
        InsightFixture round = tenEmployers("Fresh weights");
        WeightingSummary first = weighted.weights(round.round.id()).orElseThrow();
        assertThat(weighted.weights(round.round.id()).orElseThrow().computedAt()).isEqualTo(first.computedAt());
        clock.advance(java.time.Duration.ofMinutes(5));
        round.submit(employer(30).in(SurveyTestData.LEEDS, "C", SizeBand.MEDIUM));
        WeightingSummary second = weighted.weights(round.round.id()).orElseThrow();
        assertThat(second.responses()).isEqualTo(11);
        assertThat(second.computedAt()).isAfter(first.computedAt());
    }

    @Test
    void analysts_of_the_area_see_weights_and_only_its_erb_lead_or_an_administrator_computes_them() {
        InsightFixture round = tenEmployers("Weights access");
        signInAs("council");
        assertThat(weighted.weights(round.round.id())).isPresent();
        assertThat(weighted.compare(List.of(round.query("TRAINING_INCIDENCE")))).hasSize(1);
        assertThatThrownBy(() -> weighted.recompute(round.round.id(), 5, true, null)).isInstanceOf(AccessDeniedException.class);
        signInAs("erb.gm");
        assertThatThrownBy(() -> weighted.weights(round.round.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> weighted.recompute(round.round.id(), 5, true, null)).isInstanceOf(AccessDeniedException.class);
        signInAs("admin");
        assertThat(weighted.recompute(round.round.id(), 5, true, 5.0).raked()).isTrue();
    }

    /**
     * Fourteen employers in two districts: Leeds six manufacturers (four trained) and three builders (all trained),
     * Bradford two manufacturers (trained) and three builders (none trained); all answer the barriers question.
     */
    private InsightFixture fourteenEmployers(String title) {
        InsightFixture round = new InsightFixture(context, title);
        List<InsightFixture.Employer> list = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            InsightFixture.Employer e = employer(20).in(SurveyTestData.LEEDS, "C", SizeBand.SMALL)
                    .choices(EmployerQuestions.TRAINING_BARRIERS, i < 4 ? "COST" : "NO_TIME_OFF");
            list.add(i < 4 ? e.trained(3, 2) : e);
        }
        for (int i = 0; i < 3; i++) {
            list.add(employer(10).in(SurveyTestData.LEEDS, "F", SizeBand.SMALL).trained(2, 2)
                    .choices(EmployerQuestions.TRAINING_BARRIERS, i == 0 ? new String[] {"COST", "NO_TIME_OFF"}
                            : new String[] {"NO_TIME_OFF"}));
        }
        for (int i = 0; i < 2; i++) {
            list.add(employer(20).in(SurveyTestData.BRADFORD, "C", SizeBand.SMALL).trained(4, 1)
                    .choices(EmployerQuestions.TRAINING_BARRIERS, "COST"));
        }
        for (int i = 0; i < 3; i++) {
            list.add(employer(10).in(SurveyTestData.BRADFORD, "F", SizeBand.SMALL)
                    .choices(EmployerQuestions.TRAINING_BARRIERS, i == 0 ? new String[] {"COST", "NO_TIME_OFF"}
                            : new String[] {"NO_TIME_OFF"}));
        }
        round.submit(list.toArray(InsightFixture.Employer[]::new));
        return round;
    }

    private static double nEff(double... weights) {
        double sum = 0;
        double squares = 0;
        for (double w : weights) {
            sum += w;
            squares += w * w;
        }
        return sum * sum / squares;
    }

    private static double[] repeat(double wa, int a, double wb, int b) {
        double[] w = new double[a + b];
        java.util.Arrays.fill(w, 0, a, wa);
        java.util.Arrays.fill(w, a, a + b, wb);
        return w;
    }

    private static void assertWilson(Figure f, double p, double n) {
        Interval expected = Kish.wilson(p, n, Kish.WILSON_EFFECTIVE);
        assertThat(f.value()).isCloseTo(p, within(1e-12));
        assertThat(f.interval().lower()).isCloseTo(expected.lower(), within(1e-12));
        assertThat(f.interval().upper()).isCloseTo(expected.upper(), within(1e-12));
    }

    @Test
    void a_weighted_table_by_district_is_worked_out_by_hand_from_the_merged_strata() {
        InsightFixture round = fourteenEmployers("Weighted table by hand");
        WeightingSummary summary = weighted.recompute(round.round.id(), 1, false, null);
        // Manufacturing's stratum (eight responses) and the rest (six): each response weighs its stratum's businesses / 8 or 6.
        assertThat(summary.strata()).extracting(WeightingSummary.Stratum::responses).containsExactly(8L, 6L);
        double wa = summary.strata().get(0).weightedTotal() / 8;
        double wb = summary.strata().get(1).weightedTotal() / 6;
        MetricQuery q = round.query("TRAINING_INCIDENCE").withWeighting(Weighting.WEIGHTED);
        FigureTable table = insight.table(q, Breakdown.LOCAL_AUTHORITY);
        FigureTable plain = insight.table(q.withWeighting(Weighting.UNWEIGHTED), Breakdown.LOCAL_AUTHORITY);
        assertThat(table.weighted()).isTrue();
        FigureRow leeds = row(table, SurveyTestData.LEEDS);
        FigureRow bradford = row(table, SurveyTestData.BRADFORD);
        // Leeds: four of six manufacturers and all three builders trained; Bradford: the two manufacturers only.
        double nLeeds = nEff(repeat(wa, 6, wb, 3));
        assertWilson(leeds.figure(), (4 * wa + 3 * wb) / (6 * wa + 3 * wb), nLeeds);
        assertThat(leeds.design().effectiveSampleSize()).isCloseTo(nLeeds, within(1e-9));
        assertThat(leeds.design().designEffect()).isCloseTo(9 / nLeeds, within(1e-9));
        double nBradford = nEff(repeat(wa, 2, wb, 3));
        assertWilson(bradford.figure(), 2 * wa / (2 * wa + 3 * wb), nBradford);
        assertThat(bradford.design().designEffect()).isCloseTo(5 / nBradford, within(1e-9));
        double nAll = nEff(repeat(wa, 8, wb, 6));
        assertWilson(table.total(), (6 * wa + 3 * wb) / (8 * wa + 6 * wb), nAll);
        assertThat(table.totalDesign().designEffect()).isCloseTo(14 / nAll, within(1e-9));
        // Same suppression pattern and bases as unweighted; hidden rows carry no design.
        for (int i = 0; i < table.rows().size(); i++) {
            Figure w = table.rows().get(i).figure();
            Figure u = plain.rows().get(i).figure();
            assertThat(w.suppression()).isEqualTo(u.suppression());
            assertThat(w.base()).isEqualTo(u.base());
            if (w.suppressed()) {
                assertThat(table.rows().get(i).design()).isNull();
            }
        }
        assertThat(row(plain, SurveyTestData.LEEDS).design()).isNull();
        // One call for several metrics gives the same table.
        assertThat(insight.tables(List.of(q, q.withMetric("SKILLS_GAP_DENSITY")), Breakdown.LOCAL_AUTHORITY).getFirst().rows())
                .extracting(r -> r.figure().value()).containsExactlyElementsOf(table.rows().stream().map(r -> r.figure().value()).toList());
    }

    @Test
    void a_weighted_option_table_shares_the_weights_of_the_answering_responses() {
        InsightFixture round = fourteenEmployers("Weighted options by hand");
        WeightingSummary summary = weighted.recompute(round.round.id(), 1, false, null);
        double wa = summary.strata().get(0).weightedTotal() / 8;
        double wb = summary.strata().get(1).weightedTotal() / 6;
        MetricQuery q = round.query("TRAINING_BARRIERS").withWeighting(Weighting.WEIGHTED);
        FigureTable table = insight.table(q, Breakdown.OPTION);
        double n = nEff(repeat(wa, 8, wb, 6));
        // Cost: six manufacturers and two builders; time off: two manufacturers and all six builders.
        assertWilson(row(table, "COST").figure(), (6 * wa + 2 * wb) / (8 * wa + 6 * wb), n);
        assertWilson(row(table, "NO_TIME_OFF").figure(), (2 * wa + 6 * wb) / (8 * wa + 6 * wb), n);
        assertThat(row(table, "COST").design().designEffect()).isCloseTo(14 / n, within(1e-9));
        assertThat(row(table, "NO_SUITABLE_COURSES").figure().value()).isZero();
        assertThat(row(insight.table(q.withWeighting(Weighting.UNWEIGHTED), Breakdown.OPTION), "COST").figure().value())
                .isCloseTo(8 / 14.0, within(1e-12));
    }

    @Test
    void a_weighted_table_by_occupation_runs_and_several_rounds_or_other_respondents_are_refused_with_a_reason() {
        InsightFixture round = tenEmployers("Weighted refusals");
        MetricQuery q = round.query("TRAINING_INCIDENCE").withWeighting(Weighting.WEIGHTED);
        assertThat(insight.table(q, Breakdown.SOC_MAJOR).rows()).hasSize(9);
        assertThat(insight.table(q.withFilter(InsightFilter.NONE.withSocMajor(2)), Breakdown.SIC_SECTION).weighted()).isTrue();
        InsightFixture other = tenEmployers("Weighted refusals, second round");
        MetricQuery two = new MetricQuery("TRAINING_INCIDENCE", List.of(round.round.id(), other.round.id()),
                q.lsipCode(), InsightFilter.NONE, Weighting.WEIGHTED);
        assertThatThrownBy(() -> insight.table(two, Breakdown.SIC_SECTION)).isInstanceOf(NotFoundException.class)
                .hasMessageContaining("one survey round at a time");
        assertThatThrownBy(() -> insight.table(q.withMetric("PROVIDER_CAPACITY_LIMITS"), Breakdown.OPTION))
                .isInstanceOf(NotFoundException.class);
    }

    private static FigureRow row(FigureTable table, String key) {
        return table.rows().stream().filter(r -> key.equals(r.key())).findFirst().orElseThrow();
    }
}
