package uk.skillsplan.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.skillsplan.insight.InsightFixture.employer;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.survey.EmployerQuestions;
import uk.skillsplan.testing.SurveyTestData;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.skillsplan.testing.ServiceTest;

/** Metric maths against small rounds computed by hand, with the denominators that are easy to get wrong. */
class InsightMetricsTest extends ServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    InsightService insight;

    @Test
    void skill_shortage_density_divides_by_all_vacancies_not_by_employment() {
        InsightFixture round = new InsightFixture(context, "SSV density");
        // Vacancies 10+10+10+10+10+0 = 50; SSVs 2+3+1+0+4 = 10; employment 600.
        round.submit(employer(100).vacancies(10, 5, 2), employer(100).vacancies(10, 6, 3),
                employer(100).vacancies(10, 2, 1), employer(100).vacancies(10, 0, 0),
                employer(100).vacancies(10, 8, 4), employer(100));
        signInAs("erb");

        Figure ssv = insight.figure(round.query("SSV_DENSITY"));
        assertThat(ssv.suppressed()).as("%s", ssv).isFalse();
        assertThat(ssv.value()).isCloseTo(10 / 50.0, within(1e-9));
        assertThat(ssv.base()).as("five establishments have vacancies, rounded to 5").isEqualTo(5);
        assertThat(ssv.caution()).isTrue();
        assertThat(ssv.interval().method()).contains("Linearisation");
        assertThat(insight.figure(round.query("VACANCY_DENSITY")).value()).isCloseTo(50 / 600.0, within(1e-9));
        assertThat(insight.figure(round.query("HTF_DENSITY")).value()).isCloseTo(21 / 50.0, within(1e-9));
        assertThat(insight.figure(round.query("VACANCY_INCIDENCE")).value()).isCloseTo(5 / 6.0, within(1e-9));
    }

    @Test
    void skills_gap_density_divides_by_total_employment_and_by_the_group_under_a_soc_filter() {
        InsightFixture round = new InsightFixture(context, "Skills gaps");
        // Employment 50 x 6 = 300; not proficient (grid, all rows) 2+4+0+6+3+5 = 20.
        // SOC 9 rows: staff 10+20+10+10+10+10 = 70, not proficient 2+4+0+1+1+2 = 10.
        round.submit(employer(50).workforce(2, 40, 0, 10).workforce(9, 10, 2, 1),
                employer(50).workforce(9, 20, 4, 2),
                employer(50).workforce(9, 10, 0, 0),
                employer(50).workforce(2, 40, 5, 20).workforce(9, 10, 1, 0),
                employer(50).workforce(3, 40, 2, 10).workforce(9, 10, 1, 5),
                employer(50).workforce(1, 40, 3, 30).workforce(9, 10, 2, 1));
        signInAs("erb");

        assertThat(insight.figure(round.query("SKILLS_GAP_DENSITY")).value()).isCloseTo(20 / 300.0, within(1e-9));
        Figure soc9 = insight.figure(round.query("SKILLS_GAP_DENSITY").withFilter(InsightFilter.NONE.withSocMajor(9)));
        assertThat(soc9.value()).isCloseTo(10 / 70.0, within(1e-9));
        assertThat(insight.figure(round.query("SKILLS_GAP_INCIDENCE")).value()).isCloseTo(5 / 6.0, within(1e-9));
        // The training gap needs both bands from the minimum of establishments: only four employ SOC 1-3 staff.
        assertThat(insight.figure(round.query("TRAINING_GAP_8_9")).suppression())
                .as("SOC 1-3 staff at only four establishments: too few for that part").isEqualTo(Suppression.TOO_FEW_RESPONSES);
    }

    @Test
    void training_days_are_per_member_of_staff_trained_not_per_employee() {
        InsightFixture round = new InsightFixture(context, "Training days");
        // Days 10+20+30+40+50 = 150 over trained 5+10+5+10+20 = 50 -> 3 days per trainee; one employer did not train.
        round.submit(employer(20).trained(5, 10), employer(40).trained(10, 20), employer(10).trained(5, 30),
                employer(30).trained(10, 40), employer(60).trained(20, 50), employer(40));
        signInAs("erb");

        assertThat(insight.figure(round.query("TRAINING_DAYS_PER_TRAINEE")).value()).isCloseTo(3.0, within(1e-9));
        assertThat(insight.figure(round.query("TRAINING_INCIDENCE")).value()).isCloseTo(5 / 6.0, within(1e-9));
        // Staff trained: 50 of 200 employed (the employer that did not train counts, with none trained).
        assertThat(insight.figure(round.query("STAFF_TRAINED_SHARE")).value()).isCloseTo(50 / 200.0, within(1e-9));
    }

    @Test
    void the_training_gap_compares_the_share_trained_in_soc_8_9_with_soc_1_3() {
        InsightFixture round = new InsightFixture(context, "Training gap");
        InsightFixture.Employer[] employers = new InsightFixture.Employer[6];
        for (int i = 0; i < 6; i++) {
            // Each: SOC 2 staff 20 with 10 trained; SOC 8 staff 10 with 2 trained.
            employers[i] = employer(30).workforce(2, 20, 0, 10).workforce(8, 10, 0, 2);
        }
        round.submit(employers);
        signInAs("erb");

        // (12 / 60) / (60 / 120) = 0.2 / 0.5 = 0.4
        assertThat(insight.figure(round.query("TRAINING_GAP_8_9")).value()).isCloseTo(0.4, within(1e-9));
        assertThat(insight.figure(round.query("TRAINING_GAP_6_9")).value()).isCloseTo(0.4, within(1e-9));
    }

    @Test
    void job_quality_shares_sites_and_the_insecurity_score() {
        InsightFixture round = new InsightFixture(context, "Job quality");
        InsightFixture.Employer[] employers = new InsightFixture.Employer[5];
        for (int i = 0; i < 5; i++) {
            employers[i] = employer(20).number(EmployerQuestions.JQ_BELOW_RLW, i + 1)
                    .number(EmployerQuestions.JQ_ZERO_HOURS, 2).number(EmployerQuestions.JQ_INVOL_PART_TIME, 1)
                    .number(EmployerQuestions.JQ_INVOL_TEMPORARY, 0).number(EmployerQuestions.JQ_TENURE_UNDER2, 4)
                    .option(EmployerQuestions.JQ_GUARANTEED_HOURS, i < 2 ? "ALL" : i < 3 ? "SOME" : "MOST")
                    .option(EmployerQuestions.JQ_SICK_PAY, i == 0 ? "YES" : "NO")
                    .choices(EmployerQuestions.JQ_VOICE, i < 2 ? "STAFF_FORUM" : "NONE")
                    .choices(EmployerQuestions.INC_HIRED, i < 3 ? "DISABLED" : "NONE")
                    .rating(EmployerQuestions.PROVISION_RATING, i + 1);
        }
        round.submit(employers);
        signInAs("erb");

        assertThat(value(round, "JQ_BELOW_RLW_SHARE")).isCloseTo(15 / 100.0, within(1e-9));
        assertThat(value(round, "JQ_ZERO_HOURS_SHARE")).isCloseTo(10 / 100.0, within(1e-9));
        assertThat(value(round, "JQ_GUARANTEED_HOURS_SITES")).isCloseTo(4 / 5.0, within(1e-9));
        assertThat(value(round, "JQ_SICK_PAY_SITES")).isCloseTo(1 / 5.0, within(1e-9));
        assertThat(value(round, "JQ_VOICE_SITES")).isCloseTo(2 / 5.0, within(1e-9));
        assertThat(value(round, "INCLUSIVE_HIRED")).isCloseTo(3 / 5.0, within(1e-9));
        assertThat(value(round, "PROVISION_RATING")).isCloseTo(3.0, within(1e-9));
        // (15 + 10 + 5 + 0 + 20) / (5 x 100)
        assertThat(value(round, "INSECURITY_SCORE")).isCloseTo(50 / 500.0, within(1e-9));
        assertThat(insight.metric("INSECURITY_SCORE").approximation()).contains("approximation");

        FigureTable hired = insight.table(round.query("INCLUSIVE_HIRED"), Breakdown.OPTION);
        assertThat(hired.rows()).filteredOn(r -> r.key().equals("DISABLED")).singleElement()
                .satisfies(r -> assertThat(r.figure().value()).isCloseTo(3 / 5.0, within(1e-9)));
        assertThat(hired.rows()).filteredOn(r -> r.key().equals("NONE")).singleElement()
                .satisfies(r -> assertThat(r.figure().value()).isCloseTo(2 / 5.0, within(1e-9)));
        assertThat(hired.rows()).extracting(FigureRow::label).contains("A disabled person or someone with a long-term health condition", "None of these");
    }

    @Test
    void a_table_by_local_authority_hides_the_small_row_and_the_next_smallest_so_neither_can_be_derived() {
        InsightFixture round = new InsightFixture(context, "LA table");
        InsightFixture.Employer[] employers = new InsightFixture.Employer[14];
        for (int i = 0; i < 14; i++) {
            String lad = i < 7 ? SurveyTestData.LEEDS : i < 12 ? SurveyTestData.BRADFORD : "E08000033";
            employers[i] = employer(10).in(lad, "C", SizeBand.SMALL).trained(2, 4);
        }
        round.submit(employers);
        signInAs("council");

        FigureTable table = insight.table(round.query("TRAINING_INCIDENCE"), Breakdown.LOCAL_AUTHORITY);
        assertThat(table.total().value()).isEqualTo(1.0);
        assertThat(table.total().base()).isEqualTo(15);
        assertThat(row(table, "E08000033").suppression()).isEqualTo(Suppression.TOO_FEW_RESPONSES);
        assertThat(row(table, SurveyTestData.BRADFORD).suppression()).isEqualTo(Suppression.SECONDARY);
        assertThat(row(table, SurveyTestData.LEEDS).value()).isEqualTo(1.0);
        assertThat(table.rows()).allSatisfy(r -> assertThat(r.figure().suppressed() || r.figure().base() >= 5).isTrue());
    }

    private Figure row(FigureTable table, String key) {
        return table.rows().stream().filter(r -> r.key().equals(key)).findFirst().orElseThrow().figure();
    }

    private double value(InsightFixture round, String metric) {
        Figure f = insight.figure(round.query(metric));
        assertThat(f.suppressed()).as("%s: %s", metric, f).isFalse();
        return f.value();
    }
}
