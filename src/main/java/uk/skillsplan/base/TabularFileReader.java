package uk.skillsplan.base;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * Reading an uploaded CSV or XLSX file within hostile-file bounds (bytes, rows, columns, cell and line
 * length, the XLSX zip-bomb, shared-strings and sheet-extent guards), for a module that imports a list
 * but may not depend on the module that holds the hardened reader. The response module's
 * {@code ImportFileReader} is the one implementation, so every import in the application is held to
 * the same limits (skillsplan.import.*); the caller chooses how many bytes and rows its files may have.
 */
public interface TabularFileReader {

    /** Receives every non-blank row of the file as text, the first (header) row included, with its row number. */
    @FunctionalInterface
    interface Rows {
        void row(int rowNumber, List<String> values);
    }

    /** Why the file as a whole cannot be read, with the row and column where known (row 0: the whole file). */
    record FileProblem(int row, String column, String message) {
    }

    /** Reads a .csv (UTF-8) or .xlsx (first sheet) file; returns the reason it was refused, or empty when every row was passed on. */
    Optional<FileProblem> read(String fileName, InputStream content, long maxBytes, int maxRows, Rows rows);
}
