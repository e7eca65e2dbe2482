package uk.skillsplan.response.transfer;

/** An import file that cannot be read at all (wrong type, too large, not UTF-8, damaged); the message says how to fix it. */
public final class ImportFileException extends Exception {

    ImportFileException(String message) {
        super(message);
    }

    ImportFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
