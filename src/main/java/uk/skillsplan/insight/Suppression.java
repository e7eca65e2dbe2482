package uk.skillsplan.insight;

/** Why a figure is shown as "c" instead of a number (DOMAIN.md, "Statistical disclosure control"). */
public enum Suppression {
    TOO_FEW_RESPONSES("Fewer than the minimum number of organisations answered, so the figure could reveal one organisation's answers."),
    DOMINATED("One organisation makes up most of this total, so the figure would reveal its answers."),
    SECONDARY("Hidden as well, so that a hidden figure cannot be worked out from the total and the other figures.");

    private final String explanation;

    Suppression(String explanation) {
        this.explanation = explanation;
    }

    /** Plain English for the person reading the figure. */
    public String explanation() {
        return explanation;
    }
}
