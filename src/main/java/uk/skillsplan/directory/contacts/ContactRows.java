package uk.skillsplan.directory.contacts;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.skillsplan.base.TabularFileReader;

/**
 * Reads a contact list - CSV (UTF-8, with or without a byte-order mark) or XLSX (the first sheet) -
 * through the application's hardened {@link TabularFileReader}: at most {@code maxBytes} and
 * {@code maxRows}, and the shared column, cell, line and workbook bounds, so a huge or hostile file
 * is refused with a message rather than filling memory. The first row names the columns.
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
        private final int line;

        public FileRefused(int line, String message) {
            super(message);
            this.line = line;
        }

        /** The row the refusal is about, 1 for the file as a whole. */
        public int line() {
            return line;
        }
    }

    private ContactRows() {
    }

    public static List<Row> read(TabularFileReader reader, String fileName, InputStream in, long maxBytes, int maxRows)
            throws FileRefused {
        List<Row> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        String[] missing = {null};
        // One row more than the limit: the header.
        Optional<TabularFileReader.FileProblem> problem = reader.read(fileName, in, maxBytes, maxRows + 1,
                (rowNumber, values) -> {
                    if (header.isEmpty()) {
                        values.forEach(name -> header.add(name == null ? "" : name.strip().toLowerCase(Locale.ROOT)
                                .replace("\uFEFF", "")));
                        List<String> absent = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
                        if (!absent.isEmpty()) {
                            missing[0] = String.join(", ", absent);
                        }
                        return;
                    }
                    Map<String, String> byColumn = new HashMap<>();
                    for (String column : COLUMNS) {
                        int index = header.indexOf(column);
                        byColumn.put(column, index >= 0 && index < values.size() && values.get(index) != null
                                ? values.get(index) : "");
                    }
                    rows.add(new Row(rowNumber, byColumn));
                });
        if (problem.isPresent()) {
            throw new FileRefused(Math.max(1, problem.get().row()), problem.get().message());
        }
        if (missing[0] != null) {
            throw new FileRefused(1, "The first row must name the columns " + String.join(", ", COLUMNS)
                    + "; missing: " + missing[0] + ".");
        }
        return rows;
    }
}
