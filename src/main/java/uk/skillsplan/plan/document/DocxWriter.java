package uk.skillsplan.plan.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import java.util.List;
import uk.skillsplan.plan.PlanDocument;
import uk.skillsplan.plan.Priority;
import uk.skillsplan.plan.PriorityResponse;
import uk.skillsplan.plan.SectionText;

/**
 * The plan as a Word document: real heading styles (so Word's navigation, contents and screen readers
 * see the structure), a contents list, tables whose first row is marked as the header row, the
 * annexes after the main body. The text comes from the same cleaned Markdown as the screen.
 */
public final class DocxWriter {

    private DocxWriter() {
    }

    public static void write(PlanDocument plan, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            headingStyles(doc);
            heading(doc, 1, plan.title());
            plain(doc, plan.areaName() + ", " + plan.cycle() + ". Status: " + plan.status().label() + " (revision "
                    + plan.revision() + ").");
            if (!plan.missing().isEmpty()) {
                plain(doc, "Not written yet: " + String.join("; ", plan.missing().stream().map(SectionText::title).toList()) + ".");
            }
            heading(doc, 2, "Contents");
            int n = 1;
            for (SectionText section : plan.mainBody()) {
                plain(doc, (n++) + ". " + section.title());
            }
            if (!plan.responses().isEmpty()) {
                plain(doc, (n++) + ". " + PlanDocument.RESPONSES_TITLE);
            }
            for (SectionText section : plan.annexes()) {
                plain(doc, (n++) + ". " + section.title());
            }
            for (SectionText section : plan.mainBody()) {
                section(doc, section);
            }
            if (!plan.responses().isEmpty()) {
                responses(doc, plan);
            }
            for (SectionText section : plan.annexes()) {
                section(doc, section);
            }
            doc.write(out);
        }
    }

    /** Under each priority, what each provider and council said it will do (plain text: typed by them, never markup). */
    private static void responses(XWPFDocument doc, PlanDocument plan) {
        heading(doc, 2, PlanDocument.RESPONSES_TITLE);
        for (Priority priority : plan.priorities()) {
            heading(doc, 3, priority.rank() + ". " + priority.title());
            List<PriorityResponse> given = plan.responsesTo(priority);
            if (given.isEmpty()) {
                plain(doc, "No responses yet.");
            }
            for (PriorityResponse response : given) {
                XWPFParagraph p = doc.createParagraph();
                p.setIndentationLeft(360);
                run(p, "\u2022 ", false, false);
                run(p, response.organisationName() + ": ", true, false);
                run(p, response.words(), false, false);
            }
        }
    }

    private static void section(XWPFDocument doc, SectionText section) {
        heading(doc, 2, section.title());
        if (section.empty()) {
            plain(doc, "This section has not been written yet.");
            return;
        }
        Node document = SafeMarkdown.parse(section.body(), false);
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            block(doc, block, "");
        }
    }

    private static void block(XWPFDocument doc, Node block, String prefix) {
        switch (block) {
            case Heading heading -> {
                XWPFParagraph p = heading(doc, Math.min(6, heading.getLevel() + 1), "");
                inlines(p, heading, false, false);
            }
            case Paragraph paragraph -> {
                XWPFParagraph p = doc.createParagraph();
                if (!prefix.isEmpty()) {
                    p.createRun().setText(prefix);
                    p.setIndentationLeft(360);
                }
                inlines(p, paragraph, false, false);
            }
            case BulletList list -> items(doc, list, false);
            case OrderedList list -> items(doc, list, true);
            case BlockQuote quote -> {
                for (Node child = quote.getFirstChild(); child != null; child = child.getNext()) {
                    block(doc, child, "");
                }
            }
            case FencedCodeBlock code -> plain(doc, code.getLiteral());
            case IndentedCodeBlock code -> plain(doc, code.getLiteral());
            case TableBlock table -> table(doc, table);
            default -> { }
        }
    }

    private static void items(XWPFDocument doc, Node list, boolean ordered) {
        int n = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof ListItem) {
                String marker = ordered ? (n++) + ". " : "\u2022 ";
                boolean first = true;
                for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                    block(doc, child, first ? marker : "   ");
                    first = false;
                }
            }
        }
    }

    private static void table(XWPFDocument doc, TableBlock block) {
        java.util.List<TableRow> rows = new java.util.ArrayList<>();
        java.util.List<Boolean> header = new java.util.ArrayList<>();
        for (Node part = block.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                rows.add((TableRow) row);
                header.add(part instanceof TableHead);
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        int columns = 0;
        for (Node cell = rows.getFirst().getFirstChild(); cell != null; cell = cell.getNext()) {
            columns++;
        }
        XWPFTable table = doc.createTable(rows.size(), columns);
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r);
            if (header.get(r)) {
                row.setRepeatHeader(true);
            }
            int c = 0;
            for (Node cell = rows.get(r).getFirstChild(); cell != null && c < columns; cell = cell.getNext(), c++) {
                XWPFParagraph p = row.getCell(c).getParagraphs().getFirst();
                inlines(p, (TableCell) cell, header.get(r), false);
            }
        }
        doc.createParagraph();
    }

    private static void inlines(XWPFParagraph p, Node parent, boolean bold, boolean italic) {
        for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
            switch (node) {
                case Text text -> run(p, text.getLiteral(), bold, italic);
                case Code code -> run(p, code.getLiteral(), bold, italic);
                case SoftLineBreak ignored -> run(p, " ", bold, italic);
                case HardLineBreak ignored -> p.createRun().addBreak();
                case StrongEmphasis strong -> inlines(p, strong, true, italic);
                case Emphasis emphasis -> inlines(p, emphasis, bold, true);
                default -> inlines(p, node, bold, italic);
            }
        }
    }

    private static void run(XWPFParagraph p, String text, boolean bold, boolean italic) {
        XWPFRun run = p.createRun();
        run.setText(XmlText.clean(text));
        run.setBold(bold);
        run.setItalic(italic);
    }

    private static XWPFParagraph heading(XWPFDocument doc, int level, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle("Heading" + level);
        if (!text.isEmpty()) {
            p.createRun().setText(XmlText.clean(text));
        }
        return p;
    }

    private static void plain(XWPFDocument doc, String text) {
        doc.createParagraph().createRun().setText(XmlText.clean(text));
    }

    /** Word recognises "heading 1".."heading 6" with an outline level as headings (navigation pane, contents, screen readers). */
    private static void headingStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        int[] sizes = {36, 30, 26, 24, 22, 22};
        for (int level = 1; level <= 6; level++) {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId("Heading" + level);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal("heading " + level);
            style.addNewBasedOn().setVal("Normal");
            style.addNewNext().setVal("Normal");
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            var rpr = style.addNewRPr();
            rpr.addNewB();
            rpr.addNewSz().setVal(BigInteger.valueOf(sizes[level - 1]));
            styles.addStyle(new org.apache.poi.xwpf.usermodel.XWPFStyle(style));
        }
    }
}
