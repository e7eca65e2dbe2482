package uk.skillsplan.insight;

/**
 * Which of the employers' answers stand for demand when it is set against provision, and how each
 * reaches a sector subject area through the crosswalk (docs/population-and-provision.md).
 */
public enum DemandMeasure {
    /** Skill-shortage vacancies per occupation row of the workforce grid (SOC 2020 major group). */
    SSV_BY_OCCUPATION("Skill-shortage vacancies by occupation", "skill-shortage vacancies",
            "the workforce grid's skill-shortage vacancies per SOC 2020 major group"),
    /** Staff not fully proficient per occupation row of the workforce grid. */
    SKILLS_GAPS_BY_OCCUPATION("Skills gaps by occupation", "staff not fully proficient",
            "the workforce grid's staff not fully proficient per SOC 2020 major group"),
    /** Jobs employers will need more people or new skills for (SOC 2020 unit groups, read by sub-major group). */
    FUTURE_NEEDS("Future needs by occupation", "mentions of a future need",
            "the jobs employers will need more people or new skills for, per SOC 2020 sub-major group"),
    /** Skill-shortage vacancies of the establishment, by its sector (SIC 2007 section). */
    SSV_BY_SECTOR("Skill-shortage vacancies by sector", "skill-shortage vacancies",
            "each establishment's skill-shortage vacancies, by its SIC 2007 section");

    private final String label;
    private final String unit;
    private final String source;

    DemandMeasure(String label, String unit, String source) {
        this.label = label;
        this.unit = unit;
        this.source = source;
    }

    public String label() {
        return label;
    }

    /** What is counted, in words ("skill-shortage vacancies"). */
    public String unit() {
        return unit;
    }

    /** Which answers it reads and by which classification, in words. */
    public String source() {
        return source;
    }
}
