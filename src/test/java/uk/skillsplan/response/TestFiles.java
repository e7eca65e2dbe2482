package uk.skillsplan.response;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import files made in tests: CSV and XLSX from rows of column name to value, and an endless upload. */
final class TestFiles {

    private TestFiles() {
    }

    /** A UTF-8 CSV file of the given rows; the header names every column used by any row, in order of first use. */
    @SafeVarargs
    static byte[] csv(Map<String, String>... rows) {
        List<String> header = header(rows);
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            printer.printRecord(header);
            for (Map<String, String> row : rows) {
                List<String> values = new ArrayList<>();
                header.forEach(column -> values.add(row.getOrDefault(column, "")));
                printer.printRecord(values);
            }
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A workbook of the given rows on its first sheet. Whole numbers go in as numeric cells with a
     * thousands-separator format, as a person typing them in Excel would get.
     */
    @SafeVarargs
    static byte[] xlsx(Map<String, String>... rows) throws IOException {
        List<String> header = header(rows);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Responses");
            CellStyle thousands = workbook.createCellStyle();
            thousands.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            Row headerRow = sheet.createRow(0);
            for (int c = 0; c < header.size(); c++) {
                headerRow.createCell(c).setCellValue(header.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < header.size(); c++) {
                    String value = rows[r].getOrDefault(header.get(c), "");
                    if (value.matches("-?\\d+")) {
                        var cell = row.createCell(c);
                        cell.setCellValue(Double.parseDouble(value));
                        cell.setCellStyle(thousands);
                    } else if (!value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @SafeVarargs
    private static List<String> header(Map<String, String>... rows) {
        Set<String> header = new LinkedHashSet<>();
        for (Map<String, String> row : rows) {
            header.addAll(row.keySet());
        }
        return List.copyOf(header);
    }

    /** A header, then blank lines until {@code size} bytes: a large upload that costs no memory to make. */
    static final class EndlessLines extends InputStream {

        private final byte[] header;
        private final long size;
        private long position;

        EndlessLines(String header, long size) {
            this.header = header.getBytes(StandardCharsets.UTF_8);
            this.size = size;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            int b = position < header.length ? header[(int) position] : '\n';
            position++;
            return b;
        }
    }
}
