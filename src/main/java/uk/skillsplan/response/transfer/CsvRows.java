package uk.skillsplan.response.transfer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an import CSV file: strictly UTF-8 (a file saved in another encoding is refused rather
 * than read with wrong letters), with or without a byte order mark, comma-separated, quotes as
 * in RFC 4180. Row numbers are the records' numbers, which is how a spreadsheet numbers them even
 * when a quoted value spans several lines. A line longer than allowed stops the read there, since the
 * parser would hold it whole.
 */
final class CsvRows {

    /** Empty lines are kept as records so that row numbers match what a spreadsheet shows. */
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get();
    private static final String BYTE_ORDER_MARK = "\uFEFF";

    private CsvRows() {
    }

    static void read(InputStream in, int maxLineChars, RowHandler handler) throws IOException, ImportFileException {
        CharsetDecoder strictUtf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        Reader reader = new BufferedReader(new LineLimitedReader(new InputStreamReader(in, strictUtf8), maxLineChars));
        boolean first = true;
        try (CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            for (CSVRecord record : parser) {
                List<String> values = new ArrayList<>(record.toList());
                int row = Math.toIntExact(record.getRecordNumber());
                if (first) {
                    if (!values.isEmpty() && values.getFirst().startsWith(BYTE_ORDER_MARK)) {
                        values.set(0, values.getFirst().substring(1));
                    }
                    handler.header(row, values);
                    first = false;
                } else if (values.stream().anyMatch(value -> !value.isBlank())) {
                    handler.row(row, values);
                }
            }
        } catch (UncheckedIOException e) {
            throw unwrap(e.getCause());
        }
    }

    /** Size, line length and encoding problems pass through as they are; anything else the parser found is a CSV format problem. */
    private static IOException unwrap(IOException cause) throws ImportFileException {
        if (cause instanceof SizeLimitedInputStream.TooLarge || cause instanceof LineLimitedReader.LineTooLong
                || cause instanceof CharacterCodingException) {
            return cause;
        }
        throw new ImportFileException("The file is not valid CSV (" + cause.getMessage() + "). Check for a quotation "
                + "mark without its closing pair, or save the file again from your spreadsheet as \"CSV UTF-8\".", cause);
    }
}
