package uk.skillsplan.demo;

import static uk.skillsplan.survey.EmployerQuestions.JQ_AGENCY;
import static uk.skillsplan.survey.EmployerQuestions.JQ_BELOW_RLW;
import static uk.skillsplan.survey.EmployerQuestions.JQ_FIXED_TERM;
import static uk.skillsplan.survey.EmployerQuestions.JQ_GUARANTEED_HOURS;
import static uk.skillsplan.survey.EmployerQuestions.JQ_INVOL_PART_TIME;
import static uk.skillsplan.survey.EmployerQuestions.JQ_INVOL_TEMPORARY;
import static uk.skillsplan.survey.EmployerQuestions.JQ_PART_TIME;
import static uk.skillsplan.survey.EmployerQuestions.JQ_PERMANENT;
import static uk.skillsplan.survey.EmployerQuestions.JQ_PROMOTIONS;
import static uk.skillsplan.survey.EmployerQuestions.JQ_SHIFT_NOTICE;
import static uk.skillsplan.survey.EmployerQuestions.JQ_SICK_PAY;
import static uk.skillsplan.survey.EmployerQuestions.JQ_TENURE_UNDER2;
import static uk.skillsplan.survey.EmployerQuestions.JQ_VOICE;
import static uk.skillsplan.survey.EmployerQuestions.JQ_ZERO_HOURS;

import java.util.ArrayList;
import java.util.List;

/**
 * The job-quality section of a synthetic employer response. Each person is counted in exactly one
 * contract type (permanent, fixed-term, zero-hours), so the mix adds up to the staff total; agency
 * workers are counted apart, as the question asks. Each site varies around its sector's profile.
 */
final class SyntheticJobQuality {

    private static final List<String> NOTICE = List.of("FIXED_HOURS", "MORE_THAN_TWO_WEEKS", "ONE_TO_TWO_WEEKS",
            "ONE_TO_SIX_DAYS", "LESS_THAN_24H");
    private static final double[] NOTICE_SHIFTS_WITH_ZERO_HOURS = {5, 20, 35, 30, 10};
    private static final double[] NOTICE_SHIFTS = {30, 35, 25, 10, 0};
    private static final double[] NOTICE_OFFICE_HOURS = {75, 15, 7, 3, 0};
    // By size band (micro, small, medium, large).
    private static final double[] SICK_PAY_BONUS = {0, 0.05, 0.15, 0.25};
    private static final double[] STAFF_FORUM = {0.03, 0.15, 0.40, 0.60};
    private static final double[] STAFF_SURVEYS = {0.05, 0.20, 0.50, 0.70};
    private static final double[] UNION_BY_SIZE = {0.1, 0.4, 0.8, 1.0};

    private SyntheticJobQuality() {
    }

    static void answer(EmployerFacts facts, AnswerSheet sheet, Draws draws) {
        JobQualityProfile profile = JobQualityProfile.of(facts.sic());
        int staff = facts.employment();
        int zeroHours = draws.chance(profile.zeroHoursUse()) ? Math.max(1, draws.binomial(staff, draws.uniform(0.1, 0.5))) : 0;
        zeroHours = Math.min(zeroHours, staff - 1); // the owner or manager, counted first, is not on zero hours
        int fixedTerm = draws.binomial(staff - zeroHours, profile.fixedTerm() * draws.uniform(0.5, 1.5));
        int permanent = staff - zeroHours - fixedTerm;
        int agency = draws.chance(profile.agencyUse()) ? Math.max(1, draws.binomial(staff, draws.uniform(0.02, 0.15))) : 0;
        int partTime = draws.binomial(staff, profile.partTime() * draws.uniform(0.5, 1.5));
        sheet.number(JQ_BELOW_RLW, draws.binomial(staff, profile.belowRealLivingWage() * draws.uniform(0.4, 1.6)))
                .number(JQ_PERMANENT, permanent)
                .number(JQ_FIXED_TERM, fixedTerm)
                .number(JQ_AGENCY, agency)
                .number(JQ_ZERO_HOURS, zeroHours)
                .number(JQ_PART_TIME, partTime)
                .number(JQ_INVOL_PART_TIME, draws.binomial(partTime, profile.involuntaryPartTime() * draws.uniform(0.5, 1.5)))
                .number(JQ_INVOL_TEMPORARY, draws.binomial(fixedTerm + zeroHours + agency, draws.uniform(0.15, 0.45)))
                .option(JQ_GUARANTEED_HOURS, guaranteedHours(zeroHours, staff))
                .option(JQ_SHIFT_NOTICE, NOTICE.get(draws.weighted(!JobQualityProfile.shiftWork(facts.sic())
                        ? NOTICE_OFFICE_HOURS : zeroHours > 0 ? NOTICE_SHIFTS_WITH_ZERO_HOURS : NOTICE_SHIFTS)))
                .yesNo(JQ_SICK_PAY, draws.chance(profile.sickPay() + SICK_PAY_BONUS[facts.sizeIndex()]))
                .number(JQ_TENURE_UNDER2, draws.binomial(staff, profile.tenureUnderTwo() * draws.uniform(0.5, 1.5)))
                .number(JQ_PROMOTIONS, draws.binomial(staff, draws.uniform(0, 0.08)))
                .choicesOrNone(JQ_VOICE, voice(facts, profile, draws), "NONE");
    }

    /** The share of staff without guaranteed hours is the share on zero-hours or casual contracts. */
    private static String guaranteedHours(int zeroHours, int staff) {
        double share = (double) zeroHours / staff;
        if (share == 0) {
            return "ALL";
        }
        return share < 0.2 ? "MOST" : share < 0.6 ? "SOME" : "NONE";
    }

    private static List<String> voice(EmployerFacts facts, JobQualityProfile profile, Draws draws) {
        List<String> voice = new ArrayList<>();
        int size = facts.sizeIndex();
        if (draws.chance(profile.union() * UNION_BY_SIZE[size])) {
            voice.add("RECOGNISED_UNION");
        }
        if (draws.chance(STAFF_FORUM[size])) {
            voice.add("STAFF_FORUM");
        }
        if (draws.chance(STAFF_SURVEYS[size])) {
            voice.add("REGULAR_SURVEYS");
        }
        return voice;
    }
}
