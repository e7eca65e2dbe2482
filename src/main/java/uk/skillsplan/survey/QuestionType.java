package uk.skillsplan.survey;

/** The kinds of question a questionnaire can ask; docs/questionnaire-format.md says how each is stored. */
public enum QuestionType {
    SINGLE_CHOICE, MULTIPLE_CHOICE, INTEGER, DECIMAL, TEXT, YES_NO, RATING, OCCUPATION, OCCUPATION_GRID;

    public boolean isNumber() {
        return this == INTEGER || this == DECIMAL || this == RATING;
    }
}
