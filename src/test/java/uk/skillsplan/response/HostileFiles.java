package uk.skillsplan.response;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Hostile import files, made in the test: CSV files streamed from a generator (so that a 50 MB
 * line or a million rows cost no memory to make), and workbooks whose XML is written by hand into
 * a zip, as a hostile program would, because POI refuses to write most of them.
 */
final class HostileFiles {

    static final String SHEET = "xl/worksheets/sheet1.xml";
    static final String SHARED_STRINGS = "xl/sharedStrings.xml";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private HostileFiles() {
    }

    /** Writes a part of a zip file. */
    interface Part {
        void write(Writer out) throws IOException;
    }

    /** A CSV file: a header line, then {@code rows} copies of {@code row} (each with its line end), then a tail. */
    static Generated csv(String header, String row, long rows, String tail) {
        return new Generated(header.getBytes(StandardCharsets.UTF_8), row.getBytes(StandardCharsets.UTF_8), rows,
                tail.getBytes(StandardCharsets.UTF_8));
    }

    /** A workbook made by POI from {@code row}, with some of its parts replaced by hand-written ones. */
    static byte[] xlsx(Map<String, String> row, Map<String, Part> replaced) throws IOException {
        return rewrite(TestFiles.xlsx(row), replaced);
    }

    /**
     * A workbook made by POI from {@code row}, whose shared string {@code placeholder} is replaced by
     * {@code text}: POI itself refuses to write a cell longer than Excel's limit.
     */
    static byte[] withSharedText(Map<String, String> row, String placeholder, String text) throws IOException {
        byte[] workbook = TestFiles.xlsx(row);
        String strings = null;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (entry.getName().equals(SHARED_STRINGS)) {
                    strings = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        String replaced = java.util.Objects.requireNonNull(strings).replace(placeholder, text);
        return rewrite(workbook, Map.of(SHARED_STRINGS, out -> out.write(replaced)));
    }

    private static byte[] rewrite(byte[] workbook, Map<String, Part> replaced) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook));
             ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED); // the hostile parts are large: making them must be quick
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                Part part = replaced.get(entry.getName());
                if (part == null) {
                    in.transferTo(zip);
                } else {
                    Writer writer = new OutputStreamWriter(new Unclosed(zip), StandardCharsets.UTF_8);
                    part.write(writer);
                    writer.flush();
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** A sheet of inline strings: the header row from {@code header}, then the rows written by {@code rows}. */
    static Part sheet(List<String> header, Part rows) {
        return out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + MAIN + "\"><sheetData><row r=\"1\">");
            for (int i = 0; i < header.size(); i++) {
                out.write(inlineCell(org.apache.poi.ss.util.CellReference.convertNumToColString(i) + "1", header.get(i)));
            }
            out.write("</row>");
            rows.write(out);
            out.write("</sheetData></worksheet>");
        };
    }

    static String inlineCell(String reference, String text) {
        return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    /** Shared strings of {@code count} strings, each {@code length} characters made by {@code letters}. */
    static Part sharedStrings(long count, int length, Random letters, String alphabet) {
        return out -> {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + MAIN + "\" count=\"2000000000\" "
                    + "uniqueCount=\"2000000000\">");
            char[] text = new char[length];
            java.util.Arrays.fill(text, alphabet.charAt(0));
            for (long s = 0; s < count; s++) {
                for (int i = 0; alphabet.length() > 1 && i < length; i++) {
                    text[i] = alphabet.charAt(letters.nextInt(alphabet.length()));
                }
                out.write("<si><t>");
                out.write(text);
                out.write("</t></si>");
            }
            out.write("</sst>");
        };
    }

    /** Text that compresses about 6 to 1, not more: it passes POI's zip-bomb ratio and tests the bounds behind it. */
    static String randomText(int length, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(random.nextBoolean() ? 'a' : 'b');
        }
        return text.toString();
    }

    /** A workbook from {@code row} whose EMP_TOTAL cell in row 2 is a formula. */
    static byte[] withFormula(Map<String, String> row, String formula) throws IOException {
        int column = List.copyOf(row.keySet()).indexOf("EMP_TOTAL");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TestFiles.xlsx(row)));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row second = workbook.getSheetAt(0).getRow(1);
            second.getCell(column).setCellFormula(formula);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** Lets a writer be flushed into a zip entry without closing the zip. */
    private static final class Unclosed extends java.io.FilterOutputStream {

        Unclosed(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    /** A generated upload; {@link #position()} says how much of it was read. */
    static final class Generated extends InputStream {

        private final byte[] header;
        private final byte[] row;
        private final long rows;
        private final byte[] tail;
        private final long size;
        private long position;

        Generated(byte[] header, byte[] row, long rows, byte[] tail) {
            this.header = header;
            this.row = row;
            this.rows = rows;
            this.tail = tail;
            this.size = header.length + row.length * rows + tail.length;
        }

        long size() {
            return size;
        }

        long position() {
            return position;
        }

        @Override
        public int read() {
            if (position >= size) {
                return -1;
            }
            return byteAt(position++) & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= size) {
                return -1;
            }
            int n = (int) Math.min(length, size - position);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = byteAt(position++);
            }
            return n;
        }

        private byte byteAt(long at) {
            if (at < header.length) {
                return header[(int) at];
            }
            long inRows = at - header.length;
            if (inRows < row.length * rows) {
                return row[(int) (inRows % row.length)];
            }
            return tail[(int) (inRows - row.length * rows)];
        }
    }
}
