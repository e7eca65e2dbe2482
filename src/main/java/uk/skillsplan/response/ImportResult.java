package uk.skillsplan.response;

import java.util.List;

/**
 * The outcome of an import: either every row was imported, or nothing was and {@code errors}
 * says why (at most {@link ImportErrors#LISTED} of them; {@code errorCount} counts them all).
 */
public record ImportResult(int imported, List<ImportError> errors, int errorCount, String summary) {

    public ImportResult {
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errorCount == 0;
    }

    /** Problems found but not listed, to keep the report readable. */
    public int unlisted() {
        return errorCount - errors.size();
    }
}
