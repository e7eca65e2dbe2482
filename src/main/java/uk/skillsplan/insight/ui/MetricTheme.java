package uk.skillsplan.insight.ui;

import java.util.List;
import java.util.Locale;
import uk.skillsplan.insight.Metric;

/**
 * The sections of the dashboards, in the order the issue and the plan use. The catalogue gives no
 * theme, so a metric is placed by the questions it reads (question codes are stable), with its code
 * as the tie-breaker for metrics that read only the occupation grid.
 */
enum MetricTheme {
    SKILL_SHORTAGES("Skill shortages", "Vacancies, hard-to-fill vacancies and those hard to fill because applicants lack skills."),
    SKILLS_GAPS("Skills gaps", "Staff who are not fully proficient, and staff whose skills are under-used."),
    JOB_QUALITY("Job quality", "Pay, contracts, hours and a say at work, as employers report them."),
    TRAINING("Training access and the training gap", "Who gets trained, how much, and what stops employers training."),
    INCLUSIVE_RECRUITMENT("People far from the labour market", "Employers who recruit, or would recruit with support, people far from work."),
    FUTURE_NEEDS("Future needs", "Skills and occupations employers expect to need more of in the next three years."),
    PROVISION("Local training provision", "How employers work with colleges and providers, and how well local training meets their needs."),
    OTHER("Other measures", "");

    private final String title;
    private final String intro;

    MetricTheme(String title, String intro) {
        this.title = title;
        this.intro = intro;
    }

    String title() {
        return title;
    }

    String intro() {
        return intro;
    }

    static MetricTheme of(Metric metric) {
        for (String question : metric.questionCodes()) {
            MetricTheme theme = ofQuestion(question);
            if (theme != null) {
                return theme;
            }
        }
        String code = metric.code().toUpperCase(Locale.ROOT);
        if (code.contains("TRAIN")) {
            return TRAINING;
        }
        if (code.contains("GAP") || code.contains("UNDER")) {
            return SKILLS_GAPS;
        }
        if (code.contains("VAC") || code.contains("SSV") || code.contains("HTF")) {
            return SKILL_SHORTAGES;
        }
        return OTHER;
    }

    private static MetricTheme ofQuestion(String question) {
        if (List.of("HAS_VACANCIES", "VAC_TOTAL", "VAC_HTF", "VAC_SSV", "SSV_CAUSES").contains(question)) {
            return SKILL_SHORTAGES;
        }
        if (List.of("UNDER_USED", "SKILLS_LACKING").contains(question)) {
            return SKILLS_GAPS;
        }
        if (question.startsWith("TRAIN")) {
            return TRAINING;
        }
        if (question.startsWith("JQ_")) {
            return JOB_QUALITY;
        }
        if (question.startsWith("INC_")) {
            return INCLUSIVE_RECRUITMENT;
        }
        if (question.startsWith("FUTURE_")) {
            return FUTURE_NEEDS;
        }
        if (List.of("WORK_WITH_COLLEGES", "PROVISION_RATING").contains(question)) {
            return PROVISION;
        }
        return null;
    }
}
