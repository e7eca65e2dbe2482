package uk.skillsplan.response.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.UnsupportedFileFormatException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads the first sheet of an import workbook with POI's event (SAX) reader, row by row, so that
 * a large sheet is never built in memory. The upload is first copied to a temporary file (counted
 * against the size limit), because POI reads a zip package from a file without loading it whole.
 */
final class XlsxRows {

    private XlsxRows() {
    }

    static void read(InputStream in, RowHandler handler) throws IOException, ImportFileException {
        Path temp = Files.createTempFile("skillsplan-import-", ".xlsx");
        try {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            readSheet(temp, handler);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void readSheet(Path file, RowHandler handler) throws ImportFileException {
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileException("The workbook has no sheet. Put the responses on its first sheet.");
            }
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(),
                    new ReadOnlySharedStringsTable(workbook, false), new Rows(handler), new PlainNumbers(), false));
            try (InputStream sheet = sheets.next()) {
                parser.parse(new InputSource(sheet));
            }
        } catch (OpenXML4JException | SAXException | IOException | UnsupportedFileFormatException | POIXMLException e) {
            throw new ImportFileException("The file could not be read as an Excel workbook (.xlsx). Open it in Excel, "
                    + "save it as \"Excel Workbook (.xlsx)\" and upload it again.", e);
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        } finally {
            if (workbook != null) {
                workbook.revert();
            }
        }
    }

    /** Collects each row's cells by column; the first row is the header. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private List<String> values;
        private boolean headerSeen;

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            values = new ArrayList<>();
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? values.size() : new CellReference(cellReference).getCol();
            while (values.size() < column) {
                values.add("");
            }
            values.add(formattedValue == null ? "" : formattedValue);
        }

        @Override
        public void endRow(int rowNum) {
            if (!headerSeen) {
                headerSeen = true;
                handler.header(rowNum + 1, values);
            } else if (values.stream().anyMatch(value -> !value.isBlank())) {
                handler.row(rowNum + 1, values);
            }
        }
    }

    /**
     * Gives numbers as they are, not as the cell's format shows them: "1,200" or "12.0%" would not
     * read back as the number typed. Dates keep their format (no answer is a date).
     */
    private static final class PlainNumbers extends DataFormatter {

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString)) {
                return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
            }
            BigDecimal number = BigDecimal.valueOf(value).stripTrailingZeros();
            return (number.scale() < 0 ? number.setScale(0) : number).toPlainString();
        }
    }
}
