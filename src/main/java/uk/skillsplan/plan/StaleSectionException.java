package uk.skillsplan.plan;

/**
 * A save refused because someone saved the section after the version the person started from.
 * Nothing was overwritten: {@code current} is the newer text, {@code mine} the text that was not
 * saved (also kept as the person's working draft), so they can compare and choose.
 */
public class StaleSectionException extends RuntimeException {

    private final SectionText current;
    private final String mine;

    public StaleSectionException(SectionText current, String mine, int startedFrom) {
        super(current.savedBy() + " saved version " + current.number() + " of \"" + current.title()
                + "\" after you started from version " + startedFrom + ". Your text was not saved but is kept: "
                + "compare it with theirs, then save again.");
        this.current = current;
        this.mine = mine;
    }

    public SectionText current() {
        return current;
    }

    public String mine() {
        return mine;
    }
}
