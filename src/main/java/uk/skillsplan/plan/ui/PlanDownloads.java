package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import uk.skillsplan.plan.PlanExportService;
import uk.skillsplan.plan.PlanSummary;

/** Download links for a plan's Word and PDF documents (checked by the export service on each download). */
final class PlanDownloads {

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private PlanDownloads() {
    }

    static List<Component> links(PlanSummary plan, PlanExportService exports) {
        String name = PlanExportService.fileName(plan);
        return documents(name, out -> exports.docx(plan.id(), out), out -> exports.pdf(plan.id(), out));
    }

    /** Word and PDF links for a document. */
    static List<Component> documents(String name, Writer docx, Writer pdf) {
        return List.of(link(name + ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx,
                "Download as Word (DOCX)"), link(name + ".pdf", "application/pdf", pdf, "Download as PDF"));
    }

    /** A download link for any file the plan's pages offer, written when the person clicks it. */
    static Anchor link(String fileName, String contentType, Writer writer, String text) {
        Anchor anchor = new Anchor(download(fileName, contentType, writer), text);
        anchor.addClassName("sp-download");
        return anchor;
    }

    private static DownloadHandler download(String fileName, String contentType, Writer writer) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType(contentType);
            try (var out = event.getOutputStream()) {
                writer.write(out);
            }
        };
    }
}
