package uk.skillsplan.response.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a response workbook (sheet "Responses", then "Codebook") with POI's streaming workbook:
 * only a small window of rows stays in memory, the rest goes to compressed temporary files, which
 * {@link #close()} deletes.
 */
public final class XlsxResponseWriter implements AutoCloseable {

    /** Rows kept in memory per sheet before they are flushed to the temporary file. */
    static final int ROW_WINDOW = 100;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
    private final Sheet responses;
    private final Sheet codebook;
    private final CellStyle headerStyle;
    private int nextResponseRow;

    public XlsxResponseWriter() {
        workbook.setCompressTempFiles(true);
        responses = workbook.createSheet("Responses");
        codebook = workbook.createSheet("Codebook");
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle = workbook.createCellStyle();
        headerStyle.setFont(bold);
    }

    public void header(List<String> names) {
        writeHeader(responses, names);
        responses.createFreezePane(0, 1);
        nextResponseRow = 1;
    }

    /** One response row: numbers as numbers (so the spreadsheet can sum them), everything else as text. */
    public void row(List<Object> values) {
        Row row = responses.createRow(nextResponseRow++);
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            if (value instanceof BigDecimal number) {
                row.createCell(i).setCellValue(number.doubleValue());
            } else if (value != null) {
                row.createCell(i).setCellValue(value.toString());
            }
        }
    }

    public void codebook(List<List<String>> rows) {
        writeHeader(codebook, Codebook.HEADER);
        codebook.createFreezePane(0, 1);
        for (int r = 0; r < rows.size(); r++) {
            Row row = codebook.createRow(r + 1);
            List<String> values = rows.get(r);
            for (int i = 0; i < values.size(); i++) {
                row.createCell(i).setCellValue(values.get(i));
            }
        }
    }

    public void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
        out.flush();
    }

    private void writeHeader(Sheet sheet, List<String> names) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < names.size(); i++) {
            var cell = row.createCell(i);
            cell.setCellValue(names.get(i));
            cell.setCellStyle(headerStyle);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            workbook.dispose();
        } finally {
            workbook.close();
        }
    }
}
