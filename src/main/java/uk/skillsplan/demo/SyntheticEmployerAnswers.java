package uk.skillsplan.demo;

import uk.skillsplan.response.Answers;
import static uk.skillsplan.survey.EmployerQuestions.COL_HARD_TO_FILL;
import static uk.skillsplan.survey.EmployerQuestions.COL_HEADCOUNT;
import static uk.skillsplan.survey.EmployerQuestions.COL_NOT_PROFICIENT;
import static uk.skillsplan.survey.EmployerQuestions.COL_SKILL_SHORTAGE;
import static uk.skillsplan.survey.EmployerQuestions.COL_TRAINED;
import static uk.skillsplan.survey.EmployerQuestions.COL_VACANCIES;
import static uk.skillsplan.survey.EmployerQuestions.EMP_TOTAL;
import static uk.skillsplan.survey.EmployerQuestions.HAS_VACANCIES;
import static uk.skillsplan.survey.EmployerQuestions.LOCAL_AUTHORITY;
import static uk.skillsplan.survey.EmployerQuestions.SIC_SECTION;
import static uk.skillsplan.survey.EmployerQuestions.SIZE_BAND;
import static uk.skillsplan.survey.EmployerQuestions.TRAINED_TOTAL;
import static uk.skillsplan.survey.EmployerQuestions.TRAINING_ANY;
import static uk.skillsplan.survey.EmployerQuestions.TRAINING_DAYS;
import static uk.skillsplan.survey.EmployerQuestions.UNDER_USED;
import static uk.skillsplan.survey.EmployerQuestions.VAC_HTF;
import static uk.skillsplan.survey.EmployerQuestions.VAC_SSV;
import static uk.skillsplan.survey.EmployerQuestions.VAC_TOTAL;
import static uk.skillsplan.survey.EmployerQuestions.WORKFORCE;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A whole synthetic answer to the employer core questionnaire (EMPLOYER_CORE): the numbers come
 * from one drawn workforce, so headline totals, the occupation grid and the job-quality counts
 * agree with each other the way a careful respondent's would. The multiple-choice sections are
 * drawn in {@link SyntheticEmployerChoices}.
 */
final class SyntheticEmployerAnswers {

    // By size band (micro, small, medium, large): share of sites with anyone over-qualified for their job.
    private static final double[] UNDER_USED_SITES = {0.30, 0.40, 0.50, 0.60};

    private SyntheticEmployerAnswers() {
    }

    static Answers answer(EmployerFacts facts, Draws draws) {
        SectorProfile sector = SectorProfile.of(facts.sic());
        SyntheticWorkforce workforce = SyntheticWorkforce.draw(facts, sector, draws);
        AnswerSheet sheet = new AnswerSheet()
                .option(SIC_SECTION, facts.sic())
                .option(SIZE_BAND, facts.size().code())
                .option(LOCAL_AUTHORITY, facts.ladCode())
                .number(EMP_TOTAL, facts.employment())
                .yesNo(HAS_VACANCIES, workforce.recruiting());
        if (workforce.recruiting()) {
            sheet.number(VAC_TOTAL, SyntheticWorkforce.total(workforce.vacancies()))
                    .number(VAC_HTF, SyntheticWorkforce.total(workforce.hardToFill()))
                    .number(VAC_SSV, SyntheticWorkforce.total(workforce.skillShortage()));
        }
        grid(workforce, sheet);
        if (draws.chance(0.85)) {
            // Some respondents skip this one: it is optional and hard to answer.
            sheet.number(UNDER_USED, draws.chance(UNDER_USED_SITES[facts.sizeIndex()])
                    ? Math.max(1, draws.binomial(facts.employment(), draws.uniform(0.04, 0.18))) : 0);
        }
        sheet.yesNo(TRAINING_ANY, workforce.trains());
        if (workforce.trains()) {
            int trained = SyntheticWorkforce.total(workforce.trained());
            sheet.number(TRAINED_TOTAL, trained)
                    .decimal(TRAINING_DAYS, BigDecimal.valueOf(trained * draws.uniform(3, 7)).setScale(1, RoundingMode.HALF_UP));
        }
        SyntheticEmployerChoices.answer(facts, sector, workforce, sheet, draws);
        SyntheticJobQuality.answer(facts, sheet, draws);
        return sheet.answers();
    }

    /** One row per occupation group with anyone working or wanted in it, every column filled. */
    private static void grid(SyntheticWorkforce workforce, AnswerSheet sheet) {
        for (int g = 0; g < SyntheticWorkforce.GROUPS; g++) {
            if (!workforce.hasRow(g)) {
                continue;
            }
            String row = String.valueOf(g + 1);
            sheet.gridCell(WORKFORCE, row, COL_HEADCOUNT, workforce.headcount()[g])
                    .gridCell(WORKFORCE, row, COL_VACANCIES, workforce.vacancies()[g])
                    .gridCell(WORKFORCE, row, COL_HARD_TO_FILL, workforce.hardToFill()[g])
                    .gridCell(WORKFORCE, row, COL_SKILL_SHORTAGE, workforce.skillShortage()[g])
                    .gridCell(WORKFORCE, row, COL_NOT_PROFICIENT, workforce.notProficient()[g])
                    .gridCell(WORKFORCE, row, COL_TRAINED, workforce.trained()[g]);
        }
    }
}
