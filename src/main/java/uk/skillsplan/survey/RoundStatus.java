package uk.skillsplan.survey;

import java.time.LocalDate;

/** Where a round is in its life: answers can be given and changed only while it is open. */
public enum RoundStatus {
    NOT_YET_OPEN("Opens later"), OPEN("Open"), CLOSED("Closed");

    private final String label;

    RoundStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Open from the opening date to the end of the closing date, both inclusive. */
    public static RoundStatus on(LocalDate today, LocalDate opensOn, LocalDate closesOn) {
        if (today.isBefore(opensOn)) {
            return NOT_YET_OPEN;
        }
        return today.isAfter(closesOn) ? CLOSED : OPEN;
    }
}
