package uk.skillsplan.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static uk.skillsplan.insight.InsightFixture.employer;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.response.Cell;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.EmployerQuestions;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

/**
 * Who may ask what, what a bad query gets, fresh numbers, and attempts to get round disclosure
 * control through the service: narrow filters that isolate one employer, subtracting overlapping
 * queries, and one employer dominating a total.
 */
class InsightServiceTest extends ServiceTest {

    static final String CALDERDALE = "E08000033";

    @Autowired
    ApplicationContext context;
    @Autowired
    InsightService insight;
    @Autowired
    ResponseService responses;

    /** Ten employers: six in manufacturing (five in Leeds, one in Bradford), four in construction in Leeds, one of them large. */
    private InsightFixture tenEmployers(String title) {
        InsightFixture round = new InsightFixture(context, title);
        List<InsightFixture.Employer> list = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            list.add(employer(20).in(SurveyTestData.LEEDS, "C", SizeBand.SMALL).vacancies(4, 2, 1).trained(i + 1, 2));
        }
        list.add(employer(20).in(SurveyTestData.BRADFORD, "C", SizeBand.SMALL).vacancies(4, 2, 1));
        for (int i = 0; i < 3; i++) {
            list.add(employer(10).in(SurveyTestData.LEEDS, "F", SizeBand.SMALL).vacancies(2, 1, 1).trained(2, 2));
        }
        list.add(employer(400).in(SurveyTestData.LEEDS, "F", SizeBand.LARGE).vacancies(100, 80, 60).trained(100, 300));
        round.submit(list.toArray(InsightFixture.Employer[]::new));
        return round;
    }

    @Test
    void area_analysts_see_their_own_area_and_nobody_sees_another_areas() {
        InsightFixture round = tenEmployers("Access");
        MetricQuery q = round.query("TRAINING_INCIDENCE");
        for (String user : List.of("erb", "council", "provider", "admin")) {
            signInAs(user);
            assertThat(insight.figure(q).value()).as(user).isCloseTo(0.9, within(1e-9));
        }
        signInAs("erb.gm");
        assertThatThrownBy(() -> insight.figure(q)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> insight.rounds(SurveyTestData.WEST_YORKSHIRE)).isInstanceOf(AccessDeniedException.class);
        signInAs("employer");
        assertThatThrownBy(() -> insight.figure(q)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> insight.table(q, Breakdown.SIC_SECTION)).isInstanceOf(AccessDeniedException.class);
        SignInOut.out();
        assertThatThrownBy(() -> insight.catalogue()).isInstanceOf(Exception.class);
    }

    @Test
    void unknown_metrics_rounds_areas_and_filter_values_are_not_found_and_weighted_figures_say_why_not() {
        InsightFixture round = tenEmployers("Bad queries");
        signInAs("erb");
        MetricQuery q = round.query("SSV_DENSITY");
        assertThatThrownBy(() -> insight.figure(q.withMetric("NO_SUCH_METRIC"))).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> insight.figure(MetricQuery.of("SSV_DENSITY", 987654321L, SurveyTestData.WEST_YORKSHIRE)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> insight.figure(MetricQuery.of("SSV_DENSITY", round.round.id(), "E69999999")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> insight.figure(q.withFilter(InsightFilter.NONE.withLocalAuthority(SurveyTestData.MANCHESTER))))
                .as("a local authority of another area").isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> insight.figure(q.withFilter(InsightFilter.NONE.withSicSection("Z"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> insight.figure(q.withFilter(InsightFilter.NONE.withSizeBand("huge"))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> insight.figure(q.withFilter(InsightFilter.NONE.withSocMajor(10))))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> insight.table(q, Breakdown.OPTION)).isInstanceOf(NotFoundException.class);
        // Weighted figures and tables (one occupation group too) are answered; several rounds and other respondents not.
        assertThat(insight.figure(q.withWeighting(Weighting.WEIGHTED).withFilter(InsightFilter.NONE.withSocMajor(2))))
                .isNotNull();
        assertThat(insight.table(q.withWeighting(Weighting.WEIGHTED), Breakdown.SIC_SECTION).weighted()).isTrue();
        assertThatThrownBy(() -> insight.table(new MetricQuery("SSV_DENSITY", List.of(round.round.id(), round.round.id() + 1),
                q.lsipCode(), InsightFilter.NONE, Weighting.WEIGHTED), Breakdown.SIC_SECTION))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> insight.figure(q.withMetric("PROVIDER_CAPACITY_LIMITS").withWeighting(Weighting.WEIGHTED)))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("Weights are for employers");
        assertThat(insight.rounds(SurveyTestData.WEST_YORKSHIRE)).extracting(AnalysableRound::id).contains(round.round.id());
    }

    @Test
    void a_filter_that_isolates_one_employer_gives_c_to_a_provider_never_a_number() {
        InsightFixture round = tenEmployers("Isolate");
        signInAs("provider");
        MetricQuery q = round.query("SSV_DENSITY");
        for (InsightFilter f : List.of(InsightFilter.NONE.withSizeBand("large"),
                InsightFilter.NONE.withLocalAuthority(SurveyTestData.BRADFORD),
                InsightFilter.NONE.withLocalAuthority(CALDERDALE),
                InsightFilter.NONE.withSicSection("F").withSizeBand("large"))) {
            Figure figure = insight.figure(q.withFilter(f));
            assertThat(figure.suppressed()).as("%s", f).isTrue();
            assertThat(figure.value()).isNull();
            assertThat(figure.base()).isZero();
        }
    }

    @Test
    void subtracting_a_narrower_query_from_a_wider_one_cannot_single_out_an_employer() {
        InsightFixture round = tenEmployers("Differencing");
        signInAs("council");
        MetricQuery q = round.query("TRAINING_INCIDENCE");
        // Manufacturing: six employers, five of them in Leeds. Both shown would reveal the Bradford one by subtraction.
        Figure manufacturing = insight.figure(q.withFilter(InsightFilter.NONE.withSicSection("C")));
        Figure manufacturingInLeeds = insight.figure(q.withFilter(InsightFilter.NONE.withSicSection("C")
                .withLocalAuthority(SurveyTestData.LEEDS)));
        assertThat(manufacturing.suppressed() || manufacturingInLeeds.suppressed())
                .as("%s / %s", manufacturing, manufacturingInLeeds).isTrue();
        assertThat(manufacturingInLeeds.suppression()).isEqualTo(Suppression.SECONDARY);
        // Nor through a table: Leeds by sector next to the sector total of the area.
        FigureTable leedsBySector = insight.table(q.withFilter(InsightFilter.NONE.withLocalAuthority(SurveyTestData.LEEDS)),
                Breakdown.SIC_SECTION);
        assertThat(leedsBySector.rows()).filteredOn(r -> r.key().equals("C")).singleElement()
                .satisfies(r -> assertThat(r.figure().suppressed()).isTrue());
        // Nor through the batch call a dashboard uses.
        assertThat(insight.figures(List.of(q.withFilter(InsightFilter.NONE.withSicSection("C")
                .withLocalAuthority(SurveyTestData.LEEDS)))).getFirst().suppressed()).isTrue();
    }

    @Test
    void two_filter_conditions_taken_away_together_cannot_single_out_the_employer_outside_both() {
        InsightFixture round = new InsightFixture(context, "Differencing by two conditions");
        List<InsightFixture.Employer> list = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            list.add(employer(20).in(SurveyTestData.LEEDS, "C", SizeBand.SMALL).vacancies(4, 2, 1).trained(i + 1, 2));
        }
        // The one employer neither in Leeds nor in manufacturing: each condition alone leaves the same eight.
        list.add(employer(20).in(SurveyTestData.BRADFORD, "F", SizeBand.SMALL).vacancies(4, 2, 1));
        round.submit(list.toArray(InsightFixture.Employer[]::new));
        signInAs("council");
        MetricQuery q = round.query("TRAINING_INCIDENCE");

        Figure area = insight.figure(q);
        Figure manufacturingInLeeds = insight.figure(q.withFilter(InsightFilter.NONE.withSicSection("C")
                .withLocalAuthority(SurveyTestData.LEEDS)));

        assertThat(area.suppressed()).as("%s", area).isFalse();
        assertThat(manufacturingInLeeds.suppression()).as("the area less this would be the Bradford employer alone")
                .isEqualTo(Suppression.SECONDARY);
        assertThat(insight.figures(List.of(q.withFilter(InsightFilter.NONE.withSicSection("C")
                .withLocalAuthority(SurveyTestData.LEEDS)))).getFirst().suppressed()).isTrue();
    }

    @Test
    void leaving_a_size_band_out_never_gives_away_the_band_left_out() {
        InsightFixture round = tenEmployers("Leave out a band");
        signInAs("council");
        MetricQuery q = round.query("TRAINING_INCIDENCE");
        // Here every response is classified small: without small nothing is left, and nothing may be shown.
        assertThat(insight.table(q, Breakdown.SIZE_BAND).rows()).filteredOn(r -> r.key().equals("small"))
                .singleElement().satisfies(r -> assertThat(r.figure().base()).isEqualTo(insight.figure(q).base()));
        Figure withoutSmall = insight.figure(q.withFilter(InsightFilter.NONE.withoutSizeBand("small")));
        assertThat(withoutSmall.suppressed()).as("%s", withoutSmall).isTrue();
        assertThat(withoutSmall.value()).isNull();
        assertThatThrownBy(() -> insight.figure(q.withFilter(InsightFilter.NONE.withoutSizeBand("huge"))))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("huge");
    }

    @Test
    void one_large_employer_dominating_the_vacancies_hides_the_magnitudes_but_not_the_shares_of_sites() {
        InsightFixture round = tenEmployers("Dominance");
        signInAs("erb");
        // The large site has 100 of 126 vacancies and 60 of 68 skill-shortage vacancies.
        assertThat(insight.figure(round.query("SSV_VOLUME")).suppression()).isEqualTo(Suppression.DOMINATED);
        assertThat(insight.figure(round.query("SSV_DENSITY")).suppression()).isEqualTo(Suppression.DOMINATED);
        assertThat(insight.figure(round.query("VACANCY_DENSITY")).suppression()).isEqualTo(Suppression.DOMINATED);
        assertThat(insight.figure(round.query("TRAINING_DAYS_PER_TRAINEE")).suppression()).isEqualTo(Suppression.DOMINATED);
        assertThat(insight.figure(round.query("VACANCY_INCIDENCE")).value()).isEqualTo(1.0);
        // Nor by leaving it out: the small sites are all but one, so the area less the small sites would be the
        // large site on its own.
        Figure small = insight.figure(round.query("SSV_DENSITY").withFilter(InsightFilter.NONE.withSizeBand("small")));
        assertThat(small.suppression()).as("%s", small).isEqualTo(Suppression.SECONDARY);
        assertThat(small.value()).isNull();
    }

    @Test
    void a_submission_shows_in_the_figures_at_once() {
        InsightFixture round = new InsightFixture(context, "Fresh");
        round.submit(employer(10).trained(1, 1), employer(10).trained(1, 1), employer(10).trained(1, 1),
                employer(10).trained(1, 1), employer(10));
        signInAs("erb");
        MetricQuery q = round.query("TRAINING_INCIDENCE");
        assertThat(insight.figure(q).value()).isCloseTo(0.8, within(1e-9));

        var employer = round.data.newEmployer("Fresh employer", SurveyTestData.LEEDS, "C", SizeBand.SMALL);
        String user = round.data.newAccount(Role.EMPLOYER, employer.id(), "Fresh");
        round.data.as(user, () -> {
            long id = responses.startOrResume(round.round.id()).id();
            round.data.complete(id, 10);
            return responses.submit(id);
        });
        assertThat(insight.figure(q).value()).isCloseTo(4 / 6.0, within(1e-9));
        assertThat(insight.figure(q).base()).isEqualTo(5);
        // An amendment replaces the earlier answers at once too.
        round.data.as(user, () -> {
            long id = responses.startOrResume(round.round.id()).id();
            responses.save(id, java.util.Map.of(EmployerQuestions.TRAINING_ANY, List.of(Cell.option("YES")),
                    EmployerQuestions.TRAINED_TOTAL, List.of(Cell.number(2))));
            return responses.submit(id);
        });
        assertThat(insight.figure(q).value()).isCloseTo(5 / 6.0, within(1e-9));
    }

    @Test
    void an_employer_who_submitted_sees_their_own_figures_beside_their_sector_and_area() {
        InsightFixture round = tenEmployers("Compare");
        // Two more construction sites, so that the area less manufacturing is not a handful of organisations.
        round.submit(employer(10).in(SurveyTestData.LEEDS, "F", SizeBand.SMALL).trained(1, 1),
                employer(10).in(SurveyTestData.LEEDS, "F", SizeBand.SMALL).trained(1, 1));
        var employer = round.data.newEmployer("Comparing employer", SurveyTestData.LEEDS, "C", SizeBand.SMALL);
        String user = round.data.newAccount(Role.EMPLOYER, employer.id(), "Comparer");
        signInAs(user);
        assertThatThrownBy(() -> insight.howYouCompare(round.round.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> insight.figure(round.query("TRAINING_INCIDENCE"))).isInstanceOf(AccessDeniedException.class);

        long id = responses.startOrResume(round.round.id()).id();
        round.data.complete(id, 10);
        responses.submit(id);

        List<Comparison> comparisons = insight.howYouCompare(round.round.id());
        Comparison training = comparisons.stream().filter(c -> c.metric().code().equals("TRAINING_INCIDENCE")).findFirst()
                .orElseThrow();
        assertThat(training.own()).isEqualTo(0.0);
        assertThat(training.area().value()).isCloseTo(11 / 13.0, within(1e-9));
        assertThat(training.sector().value()).isCloseTo(5 / 7.0, within(1e-9));
        assertThat(training.benchmark().survey()).isEqualTo("ESS2024");
        assertThat(training.benchmark().value()).isCloseTo(0.59, within(1e-9));
        assertThat(comparisons).allSatisfy(c -> assertThat(c.metric().kind()).isNotEqualTo(MetricKind.OPTION_SHARES));
    }

    /** Signs out (the shared base class signs out after each test too). */
    static final class SignInOut {
        static void out() {
            uk.skillsplan.testing.SignIn.out();
        }
    }
}
