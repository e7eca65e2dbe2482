package uk.skillsplan.response.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A workbook's shared strings (the text of its cells), read like POI's ReadOnlySharedStringsTable
 * but within bounds, because they are all held in memory while the sheet is read: each string is
 * kept to one character more than a cell may hold (so that the cell using it is refused at its row
 * and column), their total is limited, and the count the file declares is not trusted for sizing.
 * Phonetic runs (furigana) are left out, as POI does by default.
 */
final class BoundedSharedStrings extends DefaultHandler implements SharedStrings {

    private final List<String> strings = new ArrayList<>();
    private final int keptChars;
    private final long maxTotalChars;
    private final StringBuilder current = new StringBuilder();
    private long totalChars;
    private boolean inString;
    private boolean inText;
    private boolean inPhonetic;

    private BoundedSharedStrings(ImportLimits limits) {
        this.keptChars = limits.maxCellChars() + 1;
        this.maxTotalChars = limits.maxSharedTextChars();
    }

    static BoundedSharedStrings read(InputStream part, ImportLimits limits) throws IOException, SAXException {
        BoundedSharedStrings table = new BoundedSharedStrings(limits);
        if (part != null) {
            try {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(table);
                parser.parse(new InputSource(part));
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }
        return table;
    }

    static BoundedSharedStrings none(ImportLimits limits) {
        return new BoundedSharedStrings(limits);
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> {
                inString = true;
                current.setLength(0);
            }
            case "t" -> inText = inString && !inPhonetic;
            case "rPh" -> inPhonetic = true;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                inString = false;
                strings.add(current.toString());
            }
            case "t" -> inText = false;
            case "rPh" -> inPhonetic = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] text, int start, int length) {
        if (!inText) {
            return;
        }
        int kept = Math.min(length, keptChars - current.length());
        if (kept <= 0) {
            return;
        }
        totalChars += kept;
        if (totalChars > maxTotalChars) {
            throw ImportFileException.refuse(0, "", "The workbook's text adds up to more than "
                    + String.format("%,d", maxTotalChars) + " characters, far more than a file of responses holds. "
                    + "Check that this is a file of responses, or split it into smaller files.");
        }
        current.append(text, start, kept);
    }

    @Override
    public RichTextString getItemAt(int index) {
        if (index < 0 || index >= strings.size()) {
            throw ImportFileException.refuse(0, "", "A cell of the workbook refers to text that the workbook does not "
                    + "hold, so the file is damaged. Open it in Excel, save it again and upload the new file.");
        }
        return new XSSFRichTextString(strings.get(index));
    }

    @Override
    public int getCount() {
        return strings.size();
    }

    @Override
    public int getUniqueCount() {
        return strings.size();
    }
}
