package uk.skillsplan.demo;

import uk.skillsplan.response.Answers;
import static org.assertj.core.api.Assertions.assertThat;
import static uk.skillsplan.survey.EmployerQuestions.*;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.skillsplan.directory.LocalAuthority;
import uk.skillsplan.directory.SizeBand;

/** The synthetic employer population and its answers, without a database: consistency and ESS-like rates. */
class SyntheticEmployerAnswersTest {

    private static final List<LocalAuthority> WEST_YORKSHIRE = List.of(
            new LocalAuthority("E08000032", "Bradford", "E69000037", null),
            new LocalAuthority("E08000035", "Leeds", "E69000037", null));

    private record Sample(EmployerFacts facts, Answers answers) {
    }

    private static final List<Sample> SAMPLE = new ArrayList<>();

    @BeforeAll
    static void drawFiveThousandEmployers() {
        Draws draws = new Draws(42);
        for (int i = 0; i < 5000; i++) {
            EmployerFacts facts = SyntheticEmployers.draw(draws, WEST_YORKSHIRE);
            SAMPLE.add(new Sample(facts, SyntheticEmployerAnswers.answer(facts, draws)));
        }
    }

    @Test
    void the_grid_adds_up_to_the_headline_answers() {
        for (Sample sample : SAMPLE) {
            Answers a = sample.answers();
            assertThat(gridSum(a, COL_HEADCOUNT)).isEqualTo(number(a, EMP_TOTAL));
            assertThat(gridSum(a, COL_VACANCIES)).isEqualTo(number(a, VAC_TOTAL));
            assertThat(gridSum(a, COL_HARD_TO_FILL)).isEqualTo(number(a, VAC_HTF));
            assertThat(gridSum(a, COL_SKILL_SHORTAGE)).isEqualTo(number(a, VAC_SSV));
            assertThat(gridSum(a, COL_TRAINED)).isEqualTo(number(a, TRAINED_TOTAL));
            assertThat(number(a, JQ_PERMANENT) + number(a, JQ_FIXED_TERM) + number(a, JQ_ZERO_HOURS))
                    .isEqualTo(number(a, EMP_TOTAL));
            assertThat(a.option(HAS_VACANCIES)).contains(number(a, VAC_TOTAL) > 0 ? "YES" : "NO");
        }
    }

    @Test
    void most_employers_are_micro_and_small_as_in_the_business_population() {
        assertThat(share(s -> s.facts().size() == SizeBand.MICRO)).isBetween(0.70, 0.80);
        assertThat(share(s -> s.facts().size() == SizeBand.SMALL)).isBetween(0.16, 0.24);
        assertThat(share(s -> s.facts().size() == SizeBand.LARGE)).isBetween(0.003, 0.02);
        assertThat(share(s -> s.facts().sic().equals("G"))).isGreaterThan(share(s -> s.facts().sic().equals("D")) * 10);
    }

    @Test
    void headline_rates_are_close_to_the_employer_skills_survey() {
        double employment = total(EMP_TOTAL);
        double vacancies = total(VAC_TOTAL);
        assertThat(share(s -> s.answers().option(HAS_VACANCIES).orElseThrow().equals("YES"))).isBetween(0.25, 0.35);
        assertThat(vacancies / employment).isBetween(0.03, 0.06);
        assertThat(total(VAC_HTF) / vacancies).isBetween(0.35, 0.45);
        assertThat(total(VAC_SSV) / vacancies).isBetween(0.22, 0.34);
        assertThat(gridTotal(COL_NOT_PROFICIENT) / employment).isBetween(0.04, 0.06);
        assertThat(share(s -> s.answers().option(TRAINING_ANY).orElseThrow().equals("YES"))).isBetween(0.55, 0.65);
        double trainersStaff = SAMPLE.stream().filter(s -> s.answers().has(TRAINED_TOTAL))
                .mapToDouble(s -> number(s.answers(), EMP_TOTAL)).sum();
        assertThat(total(TRAINED_TOTAL) / trainersStaff).isBetween(0.5, 0.6);
        double days = SAMPLE.stream().mapToDouble(s -> s.answers().number(TRAINING_DAYS).map(BigDecimal::doubleValue)
                .orElse(0.0)).sum();
        assertThat(days / total(TRAINED_TOTAL)).isBetween(3.0, 7.0);
        assertThat(share(s -> s.answers().option(CONSENT_CONTACT).orElseThrow().equals("YES"))).isBetween(0.65, 0.75);
    }

    @Test
    void lower_skilled_staff_are_trained_less_often_than_professionals() {
        double lower = trainedShare("8", "9");
        double higher = trainedShare("1", "2", "3");
        assertThat(lower / higher).isBetween(0.3, 0.7);
    }

    @Test
    void hospitality_has_far_more_low_pay_and_zero_hours_than_digital() {
        assertThat(sectorShare("I", JQ_BELOW_RLW)).isGreaterThan(sectorShare("J", JQ_BELOW_RLW) * 5);
        assertThat(sectorShare("I", JQ_ZERO_HOURS)).isGreaterThan(sectorShare("J", JQ_ZERO_HOURS) * 5);
        assertThat(sectorShare("Q", JQ_BELOW_RLW)).isGreaterThan(sectorShare("M", JQ_BELOW_RLW) * 3);
    }

    private static double share(java.util.function.Predicate<Sample> test) {
        return (double) SAMPLE.stream().filter(test).count() / SAMPLE.size();
    }

    private static double total(String code) {
        return SAMPLE.stream().mapToLong(s -> number(s.answers(), code)).sum();
    }

    private static double gridTotal(String column) {
        return SAMPLE.stream().mapToLong(s -> gridSum(s.answers(), column)).sum();
    }

    private static double sectorShare(String sic, String code) {
        List<Sample> sector = SAMPLE.stream().filter(s -> s.facts().sic().equals(sic)).toList();
        return (double) sector.stream().mapToLong(s -> number(s.answers(), code)).sum()
                / sector.stream().mapToLong(s -> number(s.answers(), EMP_TOTAL)).sum();
    }

    private static double trainedShare(String... rows) {
        long trained = 0;
        long staff = 0;
        for (Sample sample : SAMPLE) {
            for (String row : rows) {
                trained += sample.answers().gridValue(WORKFORCE, row, COL_TRAINED).map(BigDecimal::longValue).orElse(0L);
                staff += sample.answers().gridValue(WORKFORCE, row, COL_HEADCOUNT).map(BigDecimal::longValue).orElse(0L);
            }
        }
        return (double) trained / staff;
    }

    private static long number(Answers answers, String code) {
        return answers.number(code).map(BigDecimal::longValue).orElse(0L);
    }

    private static long gridSum(Answers answers, String column) {
        return answers.cells(WORKFORCE).stream().filter(c -> c.columnKey().equals(column))
                .mapToLong(c -> c.number().longValue()).sum();
    }
}
