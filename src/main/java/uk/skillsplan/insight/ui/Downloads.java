package uk.skillsplan.insight.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import uk.skillsplan.insight.InsightExportService.Format;

/**
 * The "download this table" links of an insight page: CSV and Excel, each named for screen readers.
 * What is written comes from the export service, which asks the same service (same access check, same
 * disclosure control) as the page.
 */
final class Downloads {

    interface Writer {
        void write(Format format, OutputStream out) throws IOException;
    }

    private Downloads() {
    }

    /** A toolbar with "Download the table (CSV)" and "(Excel)" for the table named {@code what}. */
    static Div links(String what, String fileName, Writer writer) {
        Div toolbar = new Div(link(what, fileName, Format.CSV, "CSV", writer), link(what, fileName, Format.XLSX, "Excel", writer));
        toolbar.addClassName("sp-toolbar");
        return toolbar;
    }

    private static Anchor link(String what, String fileName, Format format, String name, Writer writer) {
        DownloadHandler handler = FigureTablePanel.download(fileName + "." + format.extension(), format.contentType(),
                out -> writer.write(format, out));
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "Download the table (" + name + ")");
        anchor.getElement().setAttribute("aria-label", "Download " + what + " as " + name);
        return anchor;
    }
}
