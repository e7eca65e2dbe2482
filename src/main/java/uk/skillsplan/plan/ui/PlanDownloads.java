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

    private interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private PlanDownloads() {
    }

    static List<Component> links(PlanSummary plan, PlanExportService exports) {
        String name = PlanExportService.fileName(plan);
        Anchor docx = new Anchor(download(name + ".docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document", out -> exports.docx(plan.id(), out)),
                "Download as Word (DOCX)");
        Anchor pdf = new Anchor(download(name + ".pdf", "application/pdf", out -> exports.pdf(plan.id(), out)),
                "Download as PDF");
        docx.addClassName("sp-download");
        pdf.addClassName("sp-download");
        return List.of(docx, pdf);
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
