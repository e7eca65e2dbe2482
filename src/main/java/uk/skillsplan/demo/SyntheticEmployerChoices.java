package uk.skillsplan.demo;

import static uk.skillsplan.survey.EmployerQuestions.COMMENTS;
import static uk.skillsplan.survey.EmployerQuestions.CONSENT_CONTACT;
import static uk.skillsplan.survey.EmployerQuestions.FUTURE_OCCUPATIONS;
import static uk.skillsplan.survey.EmployerQuestions.FUTURE_SKILLS;
import static uk.skillsplan.survey.EmployerQuestions.INC_HIRED;
import static uk.skillsplan.survey.EmployerQuestions.INC_WOULD_WITH_SUPPORT;
import static uk.skillsplan.survey.EmployerQuestions.PROVISION_RATING;
import static uk.skillsplan.survey.EmployerQuestions.SKILLS_LACKING;
import static uk.skillsplan.survey.EmployerQuestions.SSV_CAUSES;
import static uk.skillsplan.survey.EmployerQuestions.TRAINING_BARRIERS;
import static uk.skillsplan.survey.EmployerQuestions.WORK_WITH_COLLEGES;

import java.util.ArrayList;
import java.util.List;

/**
 * The multiple-choice and free-text parts of a synthetic employer response, drawn so that they
 * fit the numbers: causes only where vacancies are hard to fill, skills lacking only where there
 * are shortages or gaps, "no need" mostly from sites that do not train, and so on.
 */
final class SyntheticEmployerChoices {

    private static final List<String> SKILLS = List.of("TECHNICAL_PRACTICAL", "BASIC_DIGITAL", "ADVANCED_DIGITAL",
            "GREEN", "MANAGEMENT_LEADERSHIP", "COMMUNICATION", "TEAMWORK", "CUSTOMER_HANDLING", "PROBLEM_SOLVING",
            "LITERACY", "NUMERACY", "ENGLISH_LANGUAGE", "SECTOR_SPECIFIC_LICENCES");
    private static final List<String> SKILLS_CAUSES = List.of("LACK_SKILLS", "LACK_EXPERIENCE", "LACK_QUALIFICATIONS");
    private static final List<String> OTHER_CAUSES = List.of("TOO_FEW_APPLICANTS", "LACK_ATTITUDE",
            "NOT_INTERESTED_IN_JOB", "POOR_TERMS", "REMOTE_LOCATION", "SHIFT_PATTERNS", "SEASONAL_WORK",
            "POOR_PROGRESSION", "COMPETITION");
    private static final List<String> BARRIERS = List.of("COST", "NO_TIME_OFF", "NO_SUITABLE_COURSES",
            "NO_LOCAL_PROVISION", "STAFF_NOT_INTERESTED", "DONT_KNOW_WHAT_IS_AVAILABLE", "FUNDING_RULES",
            "STAFF_LEAVE_AFTER");
    private static final List<String> GROUPS = List.of("PREVIOUSLY_UNEMPLOYED", "DISABLED", "CARE_LEAVER",
            "PRISON_LEAVER", "VIA_JOBCENTRE_PLUS");
    private static final List<String> COLLEGE_LINKS = List.of("WORK_PLACEMENTS", "APPRENTICESHIPS",
            "T_LEVEL_PLACEMENTS", "CURRICULUM_DESIGN", "GUEST_TEACHING", "EQUIPMENT");
    // Chance of each group having been hired, and of each college link, by size band (micro .. large).
    private static final double[][] HIRED = {{0.15, 0.35, 0.6, 0.8}, {0.05, 0.15, 0.35, 0.6}, {0.01, 0.03, 0.08, 0.15},
            {0.01, 0.03, 0.06, 0.12}, {0.08, 0.2, 0.4, 0.6}};
    private static final double[][] COLLEGES = {{0.15, 0.3, 0.5, 0.7}, {0.1, 0.35, 0.6, 0.85}, {0.02, 0.08, 0.15, 0.3},
            {0.01, 0.03, 0.08, 0.2}, {0.02, 0.05, 0.1, 0.25}, {0.01, 0.02, 0.04, 0.1}};
    private static final double[] RATINGS = {8, 20, 35, 28, 9};
    private static final List<String> REMARKS = List.of(
            "Finding staff with up-to-date digital skills is our biggest problem.",
            "Local college courses do not run at times our staff can attend.",
            "Apprenticeship paperwork is too much for a business of our size.",
            "We would train more if we could cover shifts while people are away.",
            "Public transport to our site is poor, which limits who can apply.",
            "Applicants often have the qualification but not the hands-on experience.",
            "Short courses we could dip into would help more than full qualifications.",
            "We want to pay the Real Living Wage but margins are very tight this year.");

    private SyntheticEmployerChoices() {
    }

    static void answer(EmployerFacts facts, SectorProfile sector, SyntheticWorkforce workforce, AnswerSheet sheet,
                       Draws draws) {
        int hardToFill = SyntheticWorkforce.total(workforce.hardToFill());
        int shortage = SyntheticWorkforce.total(workforce.skillShortage());
        if (hardToFill > 0) {
            List<String> causes = new ArrayList<>();
            if (shortage > 0) {
                causes.addAll(draws.some(SKILLS_CAUSES, new double[]{5, 4, 2}, 1, 2));
            }
            if (shortage < hardToFill || draws.chance(0.5)) {
                causes.addAll(draws.some(OTHER_CAUSES, otherCauseWeights(facts), 1, 2));
            }
            sheet.choices(SSV_CAUSES, causes);
        }
        if (shortage > 0 || SyntheticWorkforce.total(workforce.notProficient()) > 0) {
            sheet.choices(SKILLS_LACKING, draws.some(SKILLS, skillWeights(sector, 1), 1, 4));
        }
        if (draws.chance(0.55)) {
            sheet.choices(FUTURE_OCCUPATIONS, draws.some(sector.occupations(), 1, 3));
        }
        if (draws.chance(0.7)) {
            sheet.choices(FUTURE_SKILLS, draws.some(SKILLS, skillWeights(sector, 3), 1, 4));
        }
        sheet.choices(TRAINING_BARRIERS, barriers(facts, workforce.trains(), draws));
        sheet.choicesOrNone(INC_HIRED, hired(facts, draws), "NONE");
        if (draws.chance(0.9)) {
            sheet.choices(INC_WOULD_WITH_SUPPORT, draws.chance(0.25) ? List.of("NOT_INTERESTED")
                    : draws.some(GROUPS, new double[]{4, 3, 2, 1, 3}, 1, 4));
        }
        sheet.choicesOrNone(WORK_WITH_COLLEGES, collegeLinks(facts, draws), "NONE");
        if (draws.chance(0.88)) {
            sheet.number(PROVISION_RATING, 1 + draws.weighted(RATINGS));
        }
        sheet.yesNo(CONSENT_CONTACT, draws.chance(0.7));
        if (draws.chance(0.15)) {
            sheet.text(COMMENTS, draws.pick(REMARKS));
        }
    }

    /**
     * Larger sites hire from more groups; construction, transport, hospitality and admin/support take
     * on more prison leavers, and retail, hospitality, support and care recruit more through Jobcentre Plus.
     */
    private static List<String> hired(EmployerFacts facts, Draws draws) {
        List<String> hired = new ArrayList<>();
        for (int i = 0; i < GROUPS.size(); i++) {
            String group = GROUPS.get(i);
            double boost = group.equals("PRISON_LEAVER") && "FHIN".contains(facts.sic()) ? 2
                    : group.equals("VIA_JOBCENTRE_PLUS") && "GINQ".contains(facts.sic()) ? 1.3 : 1;
            if (draws.chance(HIRED[i][facts.sizeIndex()] * boost)) {
                hired.add(group);
            }
        }
        return hired;
    }

    /** Larger sites work with colleges in more ways; manufacturing, construction and care take more apprentices. */
    private static List<String> collegeLinks(EmployerFacts facts, Draws draws) {
        List<String> links = new ArrayList<>();
        for (int i = 0; i < COLLEGE_LINKS.size(); i++) {
            String link = COLLEGE_LINKS.get(i);
            double boost = link.equals("APPRENTICESHIPS") && "CFQ".contains(facts.sic()) ? 1.4 : 1;
            if (draws.chance(COLLEGES[i][facts.sizeIndex()] * boost)) {
                links.add(link);
            }
        }
        return links;
    }

    /** Skills the sector stresses come up far more often; digital and green skills are everyone's future. */
    private static double[] skillWeights(SectorProfile sector, double digitalAndGreen) {
        double[] weights = new double[SKILLS.size()];
        for (int i = 0; i < SKILLS.size(); i++) {
            String skill = SKILLS.get(i);
            boolean future = skill.equals("ADVANCED_DIGITAL") || skill.equals("BASIC_DIGITAL") || skill.equals("GREEN");
            weights[i] = sector.skillsStressed().contains(skill) ? 5 : future ? digitalAndGreen : 1;
        }
        return weights;
    }

    /** Shift work, seasonal trade and remote places shape why jobs go unfilled. */
    private static double[] otherCauseWeights(EmployerFacts facts) {
        boolean shifts = JobQualityProfile.shiftWork(facts.sic());
        boolean seasonal = "AIR".contains(facts.sic());
        return new double[]{5, 2, 2, shifts ? 3 : 1, facts.remote() ? 4 : 0.5, shifts ? 3 : 0.3,
                seasonal ? (facts.remote() ? 4 : 1) : 0.1, 1, 2};
    }

    /** Sites that train name what stops them doing more; most that do not train see no need. */
    private static List<String> barriers(EmployerFacts facts, boolean trains, Draws draws) {
        if (trains && draws.chance(0.25)) {
            return List.of("NOTHING");
        }
        if (!trains && draws.chance(0.55)) {
            return List.of("NO_NEED");
        }
        return draws.some(BARRIERS, new double[]{4, 4, 2, facts.remote() ? 3 : 1.5, 1.5, 1.5, 1.5, 1}, 1, 3);
    }
}
