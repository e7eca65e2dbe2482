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
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * Reads the first sheet of an import workbook with POI's event (SAX) reader, row by row, so that
 * a large sheet is never built in memory. The upload is first copied to a temporary file (counted
 * against the size limit while it streams, so no more than the limit reaches the disk), because POI
 * reads a zip package from a file without loading it whole.
 *
 * <p>A workbook is a zip file, so a small upload can expand to gigabytes. Three bounds hold: POI's
 * zip-bomb check (an entry that expands more than 100 times its compressed size, or beyond the
 * import's inflated limit, stops the read), the bytes read from the
 * shared strings and the sheet (counted together), and {@link BoundedSharedStrings} and
 * {@link SheetGuard} for what is held in memory. POI's zip settings are JVM-wide; nothing else in
 * the application reads OOXML files, and the values are POI's defaults except the entry size.
 */
final class XlsxRows {

    /** POI's own default: an entry may expand at most 100 times. Real sheets stay well under it. */
    private static final double MIN_INFLATE_RATIO = 0.01;

    private XlsxRows() {
    }

    static void read(InputStream in, ImportLimits limits, RowHandler handler) throws IOException, ImportFileException {
        Path temp = Files.createTempFile("skillsplan-import-", ".xlsx");
        try {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            readSheet(temp, limits, handler);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void readSheet(Path file, ImportLimits limits, RowHandler handler) throws ImportFileException {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(limits.maxInflatedBytes());
        OPCPackage workbook = null;
        try {
            workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
            XSSFReader reader = new XSSFReader(workbook);
            Iterator<InputStream> sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new ImportFileException("The workbook has no sheet. Put the responses on its first sheet.");
            }
            SizeLimitedInputStream.Budget inflated = new SizeLimitedInputStream.Budget(limits.maxInflatedBytes());
            SharedStrings strings = sharedStrings(workbook, limits, inflated);
            SheetGuard guard = new SheetGuard(XMLHelper.newXMLReader(), limits);
            guard.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), strings,
                    new Rows(handler, limits), new PlainNumbers(), false));
            try (InputStream sheet = new SizeLimitedInputStream(sheets.next(), inflated)) {
                guard.parse(new InputSource(sheet));
            }
        } catch (SizeLimitedInputStream.TooLarge e) {
            throw inflatesTooMuch(limits, e);
        } catch (OpenXML4JException | SAXException | IOException | UnsupportedFileFormatException | POIXMLException e) {
            if (isZipBomb(e)) {
                throw inflatesTooMuch(limits, e);
            }
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

    private static SharedStrings sharedStrings(OPCPackage workbook, ImportLimits limits,
                                               SizeLimitedInputStream.Budget inflated) throws IOException, SAXException {
        List<PackagePart> parts = workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return BoundedSharedStrings.none(limits);
        }
        try (InputStream part = new SizeLimitedInputStream(parts.getFirst().getInputStream(), inflated)) {
            return BoundedSharedStrings.read(part, limits);
        }
    }

    private static ImportFileException inflatesTooMuch(ImportLimits limits, Exception cause) {
        return new ImportFileException("The workbook expands to more than " + ImportFiles.describe(limits.maxInflatedBytes())
                + " when unzipped, far more than a file of responses holds, so it was not read. Check that this is a "
                + "file of responses saved by Excel, or split the rows into smaller files.", cause);
    }

    /** POI's zip-bomb check throws a plain IOException, sometimes wrapped; it is known by its message. */
    private static boolean isZipBomb(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SizeLimitedInputStream.TooLarge
                    || t.getMessage() != null && t.getMessage().contains("Zip bomb detected")) {
                return true;
            }
        }
        return false;
    }

    /** Collects each row's cells by column; the first row is the header. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final RowHandler handler;
        private final ImportLimits limits;
        private List<String> values;
        private int row;
        private boolean headerSeen;

        Rows(RowHandler handler, ImportLimits limits) {
            this.handler = handler;
            this.limits = limits;
        }

        @Override
        public void startRow(int rowNum) {
            values = new ArrayList<>();
            row = rowNum + 1;
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? values.size() : new CellReference(cellReference).getCol();
            // Empty cells before this one are filled in, so a cell far to the right is refused before it costs memory.
            if (column >= limits.maxColumns() + ImportLimits.COLUMN_MARGIN) {
                throw ImportFileException.refuse(row, BoundedRows.column(column), "Cell " + cellReference + " is in column "
                        + BoundedRows.column(column) + ", beyond the " + limits.maxColumns() + " columns an import takes. "
                        + "Remove the values to the right of the responses, or check that this is a file of responses.");
            }
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
