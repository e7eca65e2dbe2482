package uk.skillsplan.plan.document;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.IOException;
import java.io.OutputStream;
import uk.skillsplan.plan.PlanDocument;
import uk.skillsplan.plan.SectionText;

/**
 * The plan as PDF: the same cleaned Markdown as HTML (every raw tag escaped), laid out by
 * openhtmltopdf, with headings, a contents list and tables with header cells.
 */
public final class PdfWriter {

    private PdfWriter() {
    }

    public static void write(PlanDocument plan, OutputStream out) throws IOException {
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.withHtmlContent(html(plan), null);
        builder.toStream(out);
        builder.run();
    }

    static String html(PlanDocument plan) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"UTF-8\" /><title>")
                .append(escape(plan.title())).append("</title><style>")
                .append("body{font-family:sans-serif;font-size:11pt;line-height:1.4}h1{font-size:20pt}h2{font-size:16pt;"
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
        for (SectionText section : plan.sections()) {
            html.append("<li><a href=\"#section-").append(section.sectionId()).append("\">").append(escape(section.title()))
                    .append("</a></li>");
        }
        html.append("</ol>");
        for (SectionText section : plan.mainBody()) {
            section(html, section);
        }
        for (SectionText section : plan.annexes()) {
            section(html, section);
        }
        return html.append("</body></html>").toString();
    }

    private static void section(StringBuilder html, SectionText section) {
        html.append("<h2 id=\"section-").append(section.sectionId()).append("\">").append(escape(section.title())).append("</h2>");
        html.append(section.empty() ? "<p>This section has not been written yet.</p>" : SafeMarkdown.html(section.body(), false));
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

}
