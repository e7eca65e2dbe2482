package uk.skillsplan.response.transfer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.util.CellReference;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Stands between the XML parser and POI's sheet handler and refuses a sheet as soon as it goes
 * beyond what Excel itself can make or an import can take: a row or cell reference beyond
 * XFD1048576, a cell whose text is longer than a cell may hold (counted as it arrives, before POI
 * collects it), and formulas. A formula is refused rather than read by its cached value: the value
 * Excel last calculated may be missing or stale (a file written by another program), and what is
 * imported should be exactly what the person can see they typed.
 */
final class SheetGuard extends XMLFilterImpl {

    /** A cell reference as Excel writes it (POI reads lower-case letters too). */
    private static final Pattern REFERENCE = Pattern.compile("([A-Za-z]{1,3})([0-9]{1,7})");

    private final int maxCellChars;
    private String cell;
    private int row;
    private long cellChars;

    SheetGuard(XMLReader parent, ImportLimits limits) {
        super(parent);
        this.maxCellChars = limits.maxCellChars();
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
        switch (localName) {
            case "row" -> row(attributes.getValue("r"));
            case "c" -> cell(attributes.getValue("r"));
            case "f" -> throw ImportFileException.refuse(row, column(), "Cell " + shown(cell) + " holds a formula. An import "
                    + "takes typed values only: select the cells, copy them and use Paste Special > Values, then save "
                    + "and upload the file again.");
            default -> { }
        }
        super.startElement(uri, localName, qName, attributes);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
        if (localName.equals("c")) {
            cellChars = 0;
        }
        super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] text, int start, int length) throws SAXException {
        cellChars += length;
        if (cell != null && cellChars > maxCellChars) {
            throw ImportFileException.refuse(row, column(), "Cell " + shown(cell) + " holds more than "
                    + String.format("%,d", maxCellChars) + " characters, more than any answer takes. Shorten it, or "
                    + "check that this is a file of responses.");
        }
        super.characters(text, start, length);
    }

    private void row(String reference) {
        cell = null;
        if (reference == null) {
            row++;
            return;
        }
        try {
            row = Integer.parseInt(reference);
        } catch (NumberFormatException e) {
            row = -1;
        }
        if (row < 1 || row > ImportLimits.SHEET_ROWS) {
            throw ImportFileException.refuse(0, "", "The sheet has a row numbered " + shown(reference) + ", beyond the "
                    + "last row Excel allows (" + ImportLimits.SHEET_ROWS + "), so the file was not saved by Excel or is "
                    + "damaged. Open it in Excel, save it again and upload the new file.");
        }
    }

    private void cell(String reference) {
        cellChars = 0;
        cell = reference;
        if (reference == null) {
            return;
        }
        Matcher matcher = REFERENCE.matcher(reference);
        boolean inside = matcher.matches() && CellReference.convertColStringToIndex(matcher.group(1).toUpperCase(java.util.Locale.ROOT)) < ImportLimits.SHEET_COLUMNS
                && Integer.parseInt(matcher.group(2)) >= 1 && Integer.parseInt(matcher.group(2)) <= ImportLimits.SHEET_ROWS;
        if (!inside) {
            throw ImportFileException.refuse(row, "", "The sheet has a cell at " + shown(reference) + ", outside the "
                    + "largest sheet Excel can make (its last cell is XFD1048576), so the file was not saved by Excel "
                    + "or is damaged. Open it in Excel, save it again and upload the new file.");
        }
    }

    private String column() {
        return cell == null ? "" : cell.replaceAll("[0-9]+$", "");
    }

    /** A reference from the file, shortened: it could be any text. */
    private static String shown(String reference) {
        if (reference == null) {
            return "(no reference)";
        }
        return reference.length() <= 20 ? reference : reference.substring(0, 20) + "...";
    }
}
