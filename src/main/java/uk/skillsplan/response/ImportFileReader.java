package uk.skillsplan.response;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import uk.skillsplan.base.TabularFileReader;
import uk.skillsplan.response.transfer.FormulaGuard;
import uk.skillsplan.response.transfer.ImportFileException;
import uk.skillsplan.response.transfer.ImportFiles;
import uk.skillsplan.response.transfer.ImportLimits;
import uk.skillsplan.response.transfer.RowHandler;

/**
 * The hardened reading of uploaded CSV and XLSX files, offered to other modules that import
 * publishers' files (the business population, DfE provision data): bounded upload streaming, strict
 * UTF-8, row, column, cell and line limits, and the XLSX guards (zip bomb, shared strings, sheet
 * extent) of the response import, with its messages. The same column, cell, line and workbook limits
 * apply (skillsplan.import.*); the caller chooses how many bytes and rows its files may have. Also
 * writes a problem report in the response import's layout, protected against formula injection.
 */
@Component
public class ImportFileReader implements TabularFileReader {

    /** Receives every non-blank row of the file as text, with its row number as a spreadsheet shows it. */
    @FunctionalInterface
    public interface Rows {
        void row(int rowNumber, List<String> values);
    }

    private final ImportLimits shared;

    ImportFileReader(@Value("${skillsplan.import.max-columns:500}") int maxColumns,
                     @Value("${skillsplan.import.max-cell-chars:32767}") int maxCellChars,
                     @Value("${skillsplan.import.max-line-chars:1000000}") int maxLineChars,
                     @Value("${skillsplan.import.max-inflated-bytes:256MB}") DataSize maxInflated,
                     @Value("${skillsplan.import.max-shared-text-chars:16000000}") long maxSharedTextChars) {
        this.shared = new ImportLimits(0, 0, maxColumns, maxCellChars, maxLineChars, maxInflated.toBytes(),
                maxSharedTextChars);
    }

    /**
     * Reads every row of a .csv or .xlsx file (the first sheet), the first row included: the caller
     * finds the header by its content. Returns the reason the file as a whole cannot be read (wrong
     * type, too large, too many rows, not UTF-8, damaged, hostile), or empty when every row was passed on.
     */
    public Optional<ImportError> readEveryRow(String fileName, InputStream content, long maxBytes, int maxRows, Rows rows) {
        ImportLimits limits = new ImportLimits(maxBytes, maxRows, shared.maxColumns(), shared.maxCellChars(),
                shared.maxLineChars(), shared.maxInflatedBytes(), shared.maxSharedTextChars());
        try {
            ImportFiles.readEveryRow(fileName, content, limits, new RowHandler() {
                @Override
                public void header(int rowNumber, List<String> names) {
                    rows.row(rowNumber, names);
                }

                @Override
                public void row(int rowNumber, List<String> values) {
                    rows.row(rowNumber, values);
                }
            });
            return Optional.empty();
        } catch (ImportFileException e) {
            return Optional.of(new ImportError(e.row(), e.column(), "", e.getMessage()));
        }
    }

    /** The same reading for modules that may not depend on this one (see {@link TabularFileReader}). */
    @Override
    public Optional<FileProblem> read(String fileName, InputStream content, long maxBytes, int maxRows,
                                      TabularFileReader.Rows rows) {
        return readEveryRow(fileName, content, maxBytes, maxRows, rows::row)
                .map(error -> new FileProblem(error.row(), error.column(), error.reason()));
    }

    /** Writes problems as a CSV report (row, column, value, reason), every field protected against formula injection. */
    public void writeReport(List<ImportError> errors, int unlisted, OutputStream out) throws IOException {
        write(errors, unlisted, out);
    }

    static void write(List<ImportError> errors, int unlisted, OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.write('\uFEFF');
        CSVPrinter printer = new CSVPrinter(writer, ResponseExportService.CSV);
        printer.printRecord("row", "column", "value", "reason");
        for (ImportError error : errors) {
            printer.printRecord(error.row() == 0 ? "" : error.row(), FormulaGuard.protect(error.column()),
                    FormulaGuard.protect(error.value()), FormulaGuard.protect(error.reason()));
        }
        if (unlisted > 0) {
            printer.printRecord("", "", "", "... and " + unlisted + " more problems, not listed. Correct these "
                    + "and import the file again to see the rest.");
        }
        printer.flush();
    }
}
