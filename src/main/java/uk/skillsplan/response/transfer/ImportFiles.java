package uk.skillsplan.response.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.util.Locale;

/**
 * Chooses the reader for an import file by its extension, holds every reader to the same
 * {@link ImportLimits}, and turns unreadable or hostile files into clear messages.
 */
public final class ImportFiles {

    private static final long MEGABYTE = 1024 * 1024;

    private ImportFiles() {
    }

    public static void read(String fileName, InputStream content, ImportLimits limits, RowHandler handler)
            throws ImportFileException {
        read(fileName, content, limits, new BoundedRows(handler, limits));
    }

    /**
     * Reads a publisher's file whose header row is found by its content (a Nomis download, an
     * Explore Education Statistics file): every non-blank row, the first included, goes to
     * {@link RowHandler#row}, under the same limits as an import of responses.
     */
    public static void readEveryRow(String fileName, InputStream content, ImportLimits limits, RowHandler handler)
            throws ImportFileException {
        read(fileName, content, limits, new BoundedRows(handler, limits, true));
    }

    private static void read(String fileName, InputStream content, ImportLimits limits, BoundedRows bounded)
            throws ImportFileException {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT).strip();
        boolean csv = name.endsWith(".csv");
        if (!csv && !name.endsWith(".xlsx")) {
            throw new ImportFileException("Upload a .csv or .xlsx file; \"" + fileName + "\" is neither. In Excel, use "
                    + "Save As and choose \"CSV UTF-8 (Comma delimited)\" or \"Excel Workbook (.xlsx)\".");
        }
        InputStream limited = new SizeLimitedInputStream(content, limits.maxBytes());
        try {
            if (csv) {
                CsvRows.read(limited, limits.maxLineChars(), bounded);
            } else {
                XlsxRows.read(limited, limits, bounded);
            }
        } catch (ImportFileException.Refusal e) {
            throw e.reason();
        } catch (SizeLimitedInputStream.TooLarge e) {
            throw new ImportFileException("The file is larger than " + describe(limits.maxBytes()) + ", the most that "
                    + "can be imported at once. Split the rows into smaller files and import each one.", e);
        } catch (LineLimitedReader.LineTooLong e) {
            throw new ImportFileException(e.line(), "", "Line " + e.line() + " of the file is longer than "
                    + String.format("%,d", limits.maxLineChars()) + " characters, far more than a row of answers takes. "
                    + "Check that this is a CSV file of responses, saved from your spreadsheet as \"CSV UTF-8\".");
        } catch (CharacterCodingException e) {
            throw new ImportFileException("The file is not UTF-8 text, so its letters cannot be read reliably. In Excel, "
                    + "use Save As and choose \"CSV UTF-8 (Comma delimited)\", then upload the new file.", e);
        } catch (IOException e) {
            throw new ImportFileException("The file could not be read (" + e.getMessage() + "). Upload it again.", e);
        }
    }

    static String describe(long bytes) {
        return bytes % MEGABYTE == 0 ? bytes / MEGABYTE + " MB" : bytes + " bytes";
    }
}
