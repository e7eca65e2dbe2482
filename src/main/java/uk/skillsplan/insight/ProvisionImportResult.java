package uk.skillsplan.insight;

import java.util.List;
import uk.skillsplan.response.ImportError;

/**
 * The outcome of a provision import: stored (with {@code imported}), or refused with every problem
 * by row, column, value and reason and nothing written. {@code notes} say what was skipped.
 */
public record ProvisionImportResult(ProvisionImportSummary imported, List<String> notes, List<ImportError> errors,
                                    int errorCount, String summary) {

    public ProvisionImportResult {
        notes = List.copyOf(notes);
        errors = List.copyOf(errors);
    }

    public boolean ok() {
        return errorCount == 0;
    }

    public int unlisted() {
        return errorCount - errors.size();
    }
}
