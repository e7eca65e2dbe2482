package uk.skillsplan.insight;

/** What a metric's denominator counts, said in words beside every figure ("% of all vacancies"). */
public enum BaseUnit {
    ESTABLISHMENTS("responding establishments"),
    EMPLOYMENT("people employed"),
    VACANCIES("all vacancies"),
    HARD_TO_FILL_VACANCIES("hard-to-fill vacancies"),
    TRAINEES("staff trained"),
    STAFF_TRAINED_SOC_1_3("share of staff trained in SOC 1-3"),
    PROVIDERS("responding providers"),
    COUNCILS("responding councils");

    private final String words;

    BaseUnit(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }
}
