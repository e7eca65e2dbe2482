package uk.skillsplan.directory.contacts;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.BoundedInputStream;

/**
 * Reads a contact list (CSV, UTF-8, with or without a byte-order mark) within bounds: at most
 * {@code maxBytes} are read and at most {@code maxRows} rows, so a huge or hostile file is refused
 * with a message rather than filling memory.
 */
public final class ContactRows {

    public static final List<String> COLUMNS = List.of("name", "companies_house_number", "local_authority",
            "sic_section", "size_band", "contact_name", "contact_email");

    public record Row(int line, Map<String, String> values) {
        public String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.trim();
        }
    }

    public static final class FileRefused extends Exception {
        public FileRefused(String message) {
            super(message);
        }
    }

    private ContactRows() {
    }

    public static List<Row> read(InputStream in, long maxBytes, int maxRows) throws FileRefused {
        try (BoundedInputStream bounded = BoundedInputStream.builder().setInputStream(in).setMaxCount(maxBytes + 1)
                .get();
             Reader reader = new InputStreamReader(BOMInputStream.builder().setInputStream(bounded).get(),
                     StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.trim().toLowerCase(Locale.ROOT)).toList();
            List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
            if (!missing.isEmpty()) {
                throw new FileRefused("The first row must name the columns " + String.join(", ", COLUMNS)
                        + "; missing: " + String.join(", ", missing) + ".");
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (rows.size() >= maxRows) {
                    throw new FileRefused("The file has more than " + maxRows + " rows: split it into smaller files.");
                }
                Map<String, String> values = new java.util.HashMap<>();
                for (String column : COLUMNS) {
                    int index = header.indexOf(column);
                    values.put(column, index < record.size() ? record.get(index) : "");
                }
                rows.add(new Row((int) record.getRecordNumber() + 1, values));
                if (bounded.getCount() > maxBytes) {
                    throw new FileRefused("The file is larger than " + (maxBytes / 1024) + " KB: split it.");
                }
            }
            if (bounded.getCount() > maxBytes) {
                throw new FileRefused("The file is larger than " + (maxBytes / 1024) + " KB: split it.");
            }
            return rows;
        } catch (IOException | IllegalArgumentException | IllegalStateException e) {
            throw new FileRefused("This is not a readable CSV file (" + e.getMessage() + "). Save the list as CSV "
                    + "(UTF-8) with the columns " + String.join(", ", COLUMNS) + ".");
        }
    }
}
