package uk.skillsplan.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static uk.skillsplan.insight.InsightFixture.employer;

import org.junit.jupiter.api.Test;
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
}
