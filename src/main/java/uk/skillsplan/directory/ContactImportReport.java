package uk.skillsplan.directory;

import java.util.List;

/**
 * What a contact-list import did, or why it was refused: with problems nothing was written, and each
 * problem names its row (the file's line number, the header being row 1) and what to fix.
 */
public record ContactImportReport(int rows, int organisationsCreated, int organisationsMatched, int contactsAdded,
                                  List<Problem> problems) {

    public record Problem(int row, String column, String message) {
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
