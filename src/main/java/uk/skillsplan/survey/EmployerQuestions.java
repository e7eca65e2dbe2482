package uk.skillsplan.survey;

/**
 * Stable codes of the employer core questionnaire that other modules compute with (metrics,
 * demo data). The wording lives in the definition file; the codes never change meaning.
 */
public final class EmployerQuestions {

    public static final String QUESTIONNAIRE = "EMPLOYER_CORE";

    public static final String SIC_SECTION = "SIC_SECTION";
    public static final String SIZE_BAND = "SIZE_BAND";
    public static final String LOCAL_AUTHORITY = "LOCAL_AUTHORITY";
    public static final String EMP_TOTAL = "EMP_TOTAL";
    public static final String HAS_VACANCIES = "HAS_VACANCIES";
    public static final String VAC_TOTAL = "VAC_TOTAL";
    public static final String VAC_HTF = "VAC_HTF";
    public static final String VAC_SSV = "VAC_SSV";
    public static final String SSV_CAUSES = "SSV_CAUSES";
    public static final String WORKFORCE = "WORKFORCE";
    public static final String UNDER_USED = "UNDER_USED";
    public static final String SKILLS_LACKING = "SKILLS_LACKING";
    public static final String FUTURE_OCCUPATIONS = "FUTURE_OCCUPATIONS";
    public static final String FUTURE_SKILLS = "FUTURE_SKILLS";
    public static final String TRAINING_ANY = "TRAINING_ANY";
    public static final String TRAINED_TOTAL = "TRAINED_TOTAL";
    public static final String TRAINING_DAYS = "TRAINING_DAYS";
    public static final String TRAINING_BARRIERS = "TRAINING_BARRIERS";
    public static final String JQ_BELOW_RLW = "JQ_BELOW_RLW";
    public static final String JQ_PERMANENT = "JQ_PERMANENT";
    public static final String JQ_FIXED_TERM = "JQ_FIXED_TERM";
    public static final String JQ_AGENCY = "JQ_AGENCY";
    public static final String JQ_ZERO_HOURS = "JQ_ZERO_HOURS";
    public static final String JQ_PART_TIME = "JQ_PART_TIME";
    public static final String JQ_INVOL_PART_TIME = "JQ_INVOL_PART_TIME";
    public static final String JQ_INVOL_TEMPORARY = "JQ_INVOL_TEMPORARY";
    public static final String JQ_GUARANTEED_HOURS = "JQ_GUARANTEED_HOURS";
    public static final String JQ_SHIFT_NOTICE = "JQ_SHIFT_NOTICE";
    public static final String JQ_SICK_PAY = "JQ_SICK_PAY";
    public static final String JQ_TENURE_UNDER2 = "JQ_TENURE_UNDER2";
    public static final String JQ_PROMOTIONS = "JQ_PROMOTIONS";
    public static final String JQ_VOICE = "JQ_VOICE";
    public static final String INC_HIRED = "INC_HIRED";
    public static final String INC_WOULD_WITH_SUPPORT = "INC_WOULD_WITH_SUPPORT";
    public static final String WORK_WITH_COLLEGES = "WORK_WITH_COLLEGES";
    public static final String PROVISION_RATING = "PROVISION_RATING";
    public static final String CONSENT_CONTACT = "CONSENT_CONTACT";
    public static final String COMMENTS = "COMMENTS";

    /** Columns of the {@link #WORKFORCE} grid; rows are SOC 2020 major groups 1-9. */
    public static final String COL_HEADCOUNT = "HEADCOUNT";
    public static final String COL_VACANCIES = "VACANCIES";
    public static final String COL_HARD_TO_FILL = "HARD_TO_FILL";
    public static final String COL_SKILL_SHORTAGE = "SKILL_SHORTAGE";
    public static final String COL_NOT_PROFICIENT = "NOT_PROFICIENT";
    public static final String COL_TRAINED = "TRAINED";

    private EmployerQuestions() {
    }
}
