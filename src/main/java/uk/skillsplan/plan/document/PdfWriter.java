package uk.skillsplan.plan.document;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import uk.skillsplan.plan.PlanDocument;
import uk.skillsplan.plan.Priority;
import uk.skillsplan.plan.PriorityResponse;
import uk.skillsplan.plan.SectionText;

/**
 * The plan as PDF: the same cleaned Markdown as HTML (every raw tag escaped), laid out by
 * openhtmltopdf, with headings, a contents list and tables with header cells. The PDF is tagged
 * (PDF/UA): a structure tree in reading order, the document's title and language, and every glyph
 * in an embedded font. The font is Liberation Sans (SIL Open Font License 1.1), the one PDFBox
 * itself ships inside its jar (its licence is in PDFBox's META-INF/LICENSE), so the application
 * carries no font file of its own; it serves for normal and bold text.
 */
public final class PdfWriter {

    /** The font every glyph is drawn in; PDF/UA needs it embedded. */
    static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    static final String FONT_FAMILY = "Liberation Sans";
    /** BCP 47 language of the plan's text, set on the html element (and so in the PDF's catalogue). */
    static final String LANGUAGE = "en-GB";
    private static final String RESPONSES_ID = "responses";

    private PdfWriter() {
    }

    public static void write(PlanDocument plan, OutputStream out) throws IOException {
        if (PdfWriter.class.getResource(FONT) == null) {
            throw new IOException("The PDF font " + FONT + " is missing from the class path (it comes with PDFBox).");
        }
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        for (int weight : new int[]{400, 700}) {
            for (FontStyle style : new FontStyle[]{FontStyle.NORMAL, FontStyle.ITALIC}) {
                builder.useFont(PdfWriter::font, FONT_FAMILY, weight, style, true);
            }
        }
        builder.withHtmlContent(html(plan), null);
        builder.toStream(out);
        builder.run();
    }

    private static InputStream font() {
        return PdfWriter.class.getResourceAsStream(FONT);
    }

    static String html(PlanDocument plan) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"" + LANGUAGE + "\"><head><meta charset=\"UTF-8\" />")
                .append("<title>").append(escape(plan.title())).append("</title>")
                .append("<meta name=\"subject\" content=\"").append(escape("Local Skills Improvement Plan, " + plan.areaName()
                        + ", " + plan.cycle())).append("\" /><style>")
                .append("*{font-family:'" + FONT_FAMILY + "'}")
                .append("body{font-size:11pt;line-height:1.4}h1{font-size:20pt}h2{font-size:16pt;"
                        + "page-break-after:avoid}table{border-collapse:collapse;margin:8pt 0}th,td{border:1px solid #555;"
                        + "padding:3pt 5pt;text-align:left;vertical-align:top}th{background:#eee}")
                .append("</style></head><body><h1>").append(escape(plan.title())).append("</h1><p>")
                .append(escape(plan.areaName() + ", " + plan.cycle() + ". Status: " + plan.status().label() + " (revision "
                        + plan.revision() + ")."))
                .append("</p>");
        if (!plan.missing().isEmpty()) {
            html.append("<p>Not written yet: ").append(escape(String.join("; ",
                    plan.missing().stream().map(SectionText::title).toList()))).append(".</p>");
        }
        html.append("<h2>Contents</h2><ol>");
        for (SectionText section : plan.mainBody()) {
            contentsEntry(html, "section-" + section.sectionId(), section.title());
        }
        if (!plan.responses().isEmpty()) {
            contentsEntry(html, RESPONSES_ID, PlanDocument.RESPONSES_TITLE);
        }
        for (SectionText section : plan.annexes()) {
            contentsEntry(html, "section-" + section.sectionId(), section.title());
        }
        html.append("</ol>");
        for (SectionText section : plan.mainBody()) {
            section(html, section);
        }
        if (!plan.responses().isEmpty()) {
            responses(html, plan);
        }
        for (SectionText section : plan.annexes()) {
            section(html, section);
        }
        return html.append("</body></html>").toString();
    }

    private static void contentsEntry(StringBuilder html, String id, String title) {
        html.append("<li><a href=\"#").append(id).append("\" title=\"").append(escape("Go to " + title)).append("\">")
                .append(escape(title)).append("</a></li>");
    }

    /** Under each priority, what each provider and council said it will do (their text escaped, never markup). */
    private static void responses(StringBuilder html, PlanDocument plan) {
        html.append("<h2 id=\"").append(RESPONSES_ID).append("\">").append(escape(PlanDocument.RESPONSES_TITLE)).append("</h2>");
        for (Priority priority : plan.priorities()) {
            html.append("<h3>").append(escape(priority.rank() + ". " + priority.title())).append("</h3>");
            List<PriorityResponse> given = plan.responsesTo(priority);
            if (given.isEmpty()) {
                html.append("<p>No responses yet.</p>");
                continue;
            }
            html.append("<ul>");
            for (PriorityResponse response : given) {
                html.append("<li><strong>").append(escape(response.organisationName())).append(":</strong> ")
                        .append(escape(response.words())).append("</li>");
            }
            html.append("</ul>");
        }
    }

    private static void section(StringBuilder html, SectionText section) {
        html.append("<h2 id=\"section-").append(section.sectionId()).append("\">").append(escape(section.title())).append("</h2>");
        html.append(section.empty() ? "<p>This section has not been written yet.</p>" : XmlText.clean(SafeMarkdown.html(section.body(), false)));
    }

    /** Text as XML character data: markup escaped, and characters XML cannot hold (controls a paste may carry) left out. */
    private static String escape(String text) {
        return XmlText.clean(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
