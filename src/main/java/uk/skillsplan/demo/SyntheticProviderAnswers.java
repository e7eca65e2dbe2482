package uk.skillsplan.demo;

import uk.skillsplan.response.Answers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A synthetic answer to the provider core questionnaire (PROVIDER_CORE). The provider's type
 * drives the rest: a general FE college teaches most subject areas from entry level to level 3
 * to thousands of learners, a training provider a few areas to a few hundred apprentices.
 */
final class SyntheticProviderAnswers {

    static final List<String> TYPES = List.of("GFE_COLLEGE", "SIXTH_FORM_COLLEGE", "ITP", "ADULT_COMMUNITY",
            "UNIVERSITY", "OTHER");
    /** How common each type is among the providers an ERB hears from. */
    static final double[] TYPE_WEIGHTS = {30, 10, 40, 12, 5, 3};

    private static final List<String> SUBJECT_AREAS = List.of("SSA_01", "SSA_02", "SSA_03", "SSA_04", "SSA_05",
            "SSA_06", "SSA_07", "SSA_08", "SSA_09", "SSA_10", "SSA_11", "SSA_12", "SSA_13", "SSA_14", "SSA_15");
    private static final List<String> LIMITS = List.of("TUTOR_RECRUITMENT", "EQUIPMENT", "FUNDING", "ESTATE_SPACE",
            "LEARNER_DEMAND", "EMPLOYER_PLACEMENTS");
    private static final List<String> TUTOR_JOBS = List.of("5241", "5434", "2134", "2231", "5231", "3113", "5316",
            "5315", "2122", "6135", "5223");
    private static final List<String> MODES = List.of("PART_TIME", "EVENING", "WEEKEND", "ONLINE", "BLENDED",
            "AT_WORKPLACE", "MODULAR_SHORT_COURSES");
    private static final List<String> SUPPORT = List.of("ESOL", "BASIC_SKILLS", "CHILDCARE_SUPPORT", "TRAVEL_SUPPORT",
            "CAREERS_ADVICE", "JOBCENTRE_PARTNERSHIP", "MENTORING");
    private static final List<String> ENGAGEMENT = List.of("CURRICULUM_CO_DESIGN", "PLACEMENTS", "EMPLOYER_BOARDS",
            "GUEST_TUTORS", "EQUIPMENT_DONATION");
    private static final List<String> PLANS = List.of(
            "Expanding level 3 engineering and a new retrofit and heat pump centre from next September.",
            "New health and care T Level, and more evening courses in digital skills for adults in work.",
            "Closing two low-demand level 2 business courses; growing construction apprenticeships.",
            "Short modular courses in data skills and cyber security, co-designed with local employers.");
    private static final List<String> ACCESS = List.of(
            "Childcare and travel costs stop many adults; evening and online options help most.",
            "Learners on Universal Credit worry about losing benefits if they study more hours.",
            "Low confidence after years out of learning; mentoring and small first steps work best.",
            "Shift patterns change week to week, so fixed timetables do not work for many in low-paid jobs.");

    private SyntheticProviderAnswers() {
    }

    /** A type that fits an existing provider's name, for organisations the directory already has. */
    static String typeFromName(String name, Draws draws) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.contains("sixth form")) {
            return "SIXTH_FORM_COLLEGE";
        }
        if (lower.contains("college")) {
            return "GFE_COLLEGE";
        }
        if (lower.contains("training") || lower.contains("academy")) {
            return "ITP";
        }
        return TYPES.get(draws.weighted(TYPE_WEIGHTS));
    }

    static Answers answer(String type, String ladCode, Draws draws) {
        boolean college = type.equals("GFE_COLLEGE");
        int places = switch (type) {
            case "GFE_COLLEGE" -> draws.between(3000, 15000);
            case "SIXTH_FORM_COLLEGE" -> draws.between(800, 2500);
            case "ITP" -> draws.between(50, 800);
            case "ADULT_COMMUNITY" -> draws.between(300, 3000);
            case "UNIVERSITY" -> draws.between(1000, 8000);
            default -> draws.between(50, 500);
        };
        int subjects = college ? 12 : type.equals("ITP") ? 3 : 7;
        AnswerSheet sheet = new AnswerSheet()
                .option("LOCAL_AUTHORITY", ladCode)
                .option("PROVIDER_TYPE", type)
                .choices("SSA_OFFERED", draws.some(SUBJECT_AREAS, Math.max(1, subjects - 3), subjects + 2))
                .choices("LEVELS_OFFERED", levels(type, draws))
                .number("PLACES_TOTAL", places)
                .number("PLACES_FILLED", Math.round(places * draws.uniform(0.75, 0.98)));
        if (draws.chance(0.6)) {
            sheet.text("PLANNED_CHANGES", draws.pick(PLANS));
        }
        sheet.choices("CAPACITY_LIMITS", draws.some(LIMITS, new double[]{college ? 8 : 3, 3, 4, 2, 2, 2}, 1, 3))
                .choices("HARD_TO_RECRUIT_TUTORS", draws.some(TUTOR_JOBS, 1, 4))
                .number("CAPACITY_RATING", 1 + draws.weighted(new double[]{10, 30, 35, 20, 5}))
                .choices("DELIVERY_MODES", draws.some(MODES, 2, 5))
                .number("IN_WORK_LEARNERS", Math.round(places * draws.uniform(0.1, 0.35)))
                .choices("LOW_SKILLED_SUPPORT", draws.some(SUPPORT, 2, 5));
        if (draws.chance(0.5)) {
            sheet.text("ACCESS_BARRIERS", draws.pick(ACCESS));
        }
        sheet.choices("EMPLOYER_ENGAGEMENT", draws.some(ENGAGEMENT, 2, 5))
                .number("EMPLOYER_PARTNERS", college ? draws.between(150, 900) : draws.between(20, 300))
                .yesNo("CONSENT_CONTACT", draws.chance(0.85));
        return sheet.answers();
    }

    private static List<String> levels(String type, Draws draws) {
        List<String> levels = new ArrayList<>(switch (type) {
            case "GFE_COLLEGE" -> List.of("ENTRY", "LEVEL_1", "LEVEL_2", "LEVEL_3");
            case "SIXTH_FORM_COLLEGE" -> List.of("LEVEL_2", "LEVEL_3");
            case "ADULT_COMMUNITY" -> List.of("ENTRY", "LEVEL_1", "LEVEL_2");
            case "UNIVERSITY" -> List.of("LEVEL_4_PLUS");
            default -> List.of("LEVEL_2", "LEVEL_3");
        });
        if (!levels.contains("LEVEL_4_PLUS") && draws.chance(type.equals("GFE_COLLEGE") ? 0.6 : 0.3)) {
            levels.add("LEVEL_4_PLUS");
        }
        return levels;
    }
}
