package uk.skillsplan.demo;

import uk.skillsplan.response.Answers;
import java.util.List;

/**
 * A synthetic answer to the council core questionnaire (COUNCIL_CORE). The authority type follows
 * from the ONS code (E08 metropolitan district, E06 unitary, ...); metropolitan districts sit in
 * mayoral combined authorities, so they mostly have a devolved Adult Skills Fund and a good work
 * charter. Remote areas stress seasonal work and tourism.
 */
final class SyntheticCouncilAnswers {

    private static final List<String> SECTORS = List.of("ADVANCED_MANUFACTURING", "CLEAN_ENERGY",
            "CREATIVE_INDUSTRIES", "DEFENCE", "DIGITAL_TECHNOLOGIES", "FINANCIAL_SERVICES", "LIFE_SCIENCES",
            "PROFESSIONAL_BUSINESS_SERVICES", "CONSTRUCTION", "HEALTH_SOCIAL_CARE", "HOSPITALITY_TOURISM", "LOGISTICS",
            "RETAIL", "AGRICULTURE_FOOD");
    private static final double[] SECTORS_CITY = {5, 3, 4, 1, 5, 4, 3, 4, 4, 5, 2, 3, 2, 1};
    private static final double[] SECTORS_REMOTE = {2, 5, 4, 1, 3, 1, 1, 1, 4, 5, 6, 1, 2, 6};
    private static final List<String> OCCUPATIONS = List.of("6135", "5241", "5315", "2134", "2231", "8211", "5434",
            "3113", "2135", "5316");
    private static final List<String> LEVERS = List.of("ADULT_SKILLS_FUND", "UK_SHARED_PROSPERITY_FUND", "MULTIPLY",
            "FREE_COURSES_FOR_JOBS", "SKILLS_BOOTCAMPS", "APPRENTICESHIP_LEVY_TRANSFER");
    private static final List<String> CONCERNS = List.of("LOW_PAY", "ZERO_HOURS", "INVOLUNTARY_PART_TIME",
            "SEASONAL_WORK", "AGENCY_WORK", "POOR_PROGRESSION", "HEALTH_RELATED_INACTIVITY");
    private static final double[] CONCERNS_CITY = {5, 4, 3, 0.5, 3, 4, 5};
    private static final double[] CONCERNS_REMOTE = {5, 3, 4, 6, 1, 4, 3};
    private static final List<String> PLANS = List.of(
            "Local Growth Plan 2025: priority on green construction skills and digital adoption by small firms.",
            "Economic strategy: more good jobs in health and care, and routes into work for young people.",
            "Inclusive economy plan: fair pay, secure hours and in-work progression for lower-paid residents.");
    private static final List<String> WORKING_LINKS = List.of(
            "Shared focus on young people not in work and on people with health conditions; joint employer offer.",
            "Align adult skills courses with the Jobcentre Plus sector-based work academies in care and logistics.");
    private static final List<String> INTELLIGENCE = List.of(
            "Our residents survey found one in five working residents paid below the Real Living Wage.",
            "Insecure and seasonal work is concentrated in hospitality and care; health-related inactivity is rising.",
            "Employers signed up to the charter report lower staff turnover; small firms ask for HR support.");

    private SyntheticCouncilAnswers() {
    }

    static Answers answer(String ladCode, Draws draws) {
        boolean metropolitan = ladCode.startsWith("E08");
        boolean remote = ladCode.equals("E06000052") || ladCode.equals("E06000053");
        boolean plan = draws.chance(0.8);
        AnswerSheet sheet = new AnswerSheet()
                .option("LOCAL_AUTHORITY", ladCode)
                .option("AUTHORITY_TYPE", authorityType(ladCode))
                .choices("PRIORITY_SECTORS", draws.some(SECTORS, remote ? SECTORS_REMOTE : SECTORS_CITY, 3, 6))
                .choices("PRIORITY_OCCUPATIONS", draws.some(OCCUPATIONS, 2, 5))
                .text("LOCAL_PLANS", draws.pick(PLANS))
                .choices("FUNDING_LEVERS", draws.some(LEVERS, 2, 5))
                .yesNo("ASF_DEVOLVED", metropolitan ? draws.chance(0.95) : draws.chance(0.3))
                .yesNo("GET_BRITAIN_WORKING", plan);
        if (plan) {
            sheet.text("GBW_LINKS", draws.pick(WORKING_LINKS));
        }
        sheet.choices("JOB_QUALITY_CONCERNS", draws.some(CONCERNS, remote ? CONCERNS_REMOTE : CONCERNS_CITY, 2, 5))
                .yesNo("GOOD_WORK_CHARTER", draws.chance(metropolitan ? 0.85 : 0.4));
        if (draws.chance(0.5)) {
            sheet.text("JOB_QUALITY_INTELLIGENCE", draws.pick(INTELLIGENCE));
        }
        return sheet.yesNo("CONSENT_CONTACT", draws.chance(0.9)).answers();
    }

    private static String authorityType(String ladCode) {
        return switch (ladCode.substring(0, 3)) {
            case "E08" -> "METROPOLITAN_DISTRICT";
            case "E06" -> "UNITARY";
            case "E07" -> "DISTRICT";
            case "E09" -> "LONDON_BOROUGH";
            case "E10" -> "COUNTY";
            default -> "COMBINED_AUTHORITY";
        };
    }
}
