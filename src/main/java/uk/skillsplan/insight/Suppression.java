package uk.skillsplan.insight;

/** Why a figure is shown as "c" instead of a number (DOMAIN.md, "Statistical disclosure control"). */
public enum Suppression {
    TOO_FEW_RESPONSES("Fewer than the minimum number of organisations answered, so the figure could reveal one organisation's answers."),
    DOMINATED("One organisation makes up most of this total, so the figure would reveal its answers."),
    SECONDARY("Hidden as well, so that a hidden figure cannot be worked out from the total and the other figures."),
    /** Published statistics (DfE) that the publisher suppressed or did not give: c, low, ~, x, z or :. */
    PUBLISHER("The publisher suppressed this figure or did not give it (fewer than 5, or not available).");

    private final String explanation;

    Suppression(String explanation) {
        this.explanation = explanation;
    }

    /** Plain English for the person reading the figure. */
    public String explanation() {
        return explanation;
    }
}
