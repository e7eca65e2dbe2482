package uk.skillsplan.response.transfer;

/**
 * An import file that cannot be read at all (wrong type, too large, not UTF-8, damaged, hostile);
 * the message says how to fix it, and the row and column say where, when that is known.
 */
public final class ImportFileException extends Exception {

    private final int row;
    private final String column;

    ImportFileException(String message) {
        this(0, "", message);
    }

    ImportFileException(String message, Throwable cause) {
        super(message, cause);
        this.row = 0;
        this.column = "";
    }

    ImportFileException(int row, String column, String message) {
        super(message);
        this.row = row;
        this.column = column;
    }

    /** The row as a spreadsheet numbers it, or 0 when the problem is the file as a whole. */
    public int row() {
        return row;
    }

    /** The column (a header name, or a cell's column letters), or {@code ""}. */
    public String column() {
        return column;
    }

    /** Carries a refusal out of a parser's callbacks, which may not throw checked exceptions. */
    static final class Refusal extends RuntimeException {

        private final ImportFileException reason;

        Refusal(ImportFileException reason) {
            super(reason.getMessage(), reason, false, false);
            this.reason = reason;
        }

        ImportFileException reason() {
            return reason;
        }
    }

    static Refusal refuse(int row, String column, String message) {
        return new Refusal(new ImportFileException(row, column, message));
    }
}
