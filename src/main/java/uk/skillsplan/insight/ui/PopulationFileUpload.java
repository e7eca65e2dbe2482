package uk.skillsplan.insight.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;

/**
 * The upload of a publisher's file (population or provision), as the response import does it: the
 * body is streamed raw to the service, which stops reading at its limit; a declared size over the
 * limit is refused without reading. The outcome is shown through {@code UI.access}.
 */
final class PopulationFileUpload {

    interface Reading<T> {
        T read(String fileName, InputStream content);
    }

    interface ReportWriter {
        void write(OutputStream out) throws IOException;
    }

    private PopulationFileUpload() {
    }

    /**
     * The area an import is for: the areas the person may import for, required; fixed (read-only) when
     * there is only one, as for an ERB lead.
     */
    static void chooseArea(com.vaadin.flow.component.combobox.ComboBox<uk.skillsplan.directory.LsipArea> area,
                           java.util.List<uk.skillsplan.directory.LsipArea> areas) {
        area.setItems(areas);
        area.setItemLabelGenerator(uk.skillsplan.directory.LsipArea::name);
        area.setRequired(true);
        area.setWidth("24rem");
        if (areas.size() == 1) {
            area.setValue(areas.getFirst());
            area.setReadOnly(true);
        }
    }

    static <T> Upload create(String label, long maxBytes, Reading<T> reading, Consumer<T> onRead, Consumer<String> onProblem) {
        Upload upload = new Upload(event -> receive(event, maxBytes, reading, onRead, onProblem));
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFiles(1);
        upload.setDropAllowed(true);
        upload.getElement().setAttribute("aria-label", label);
        return upload;
    }

    private static <T> void receive(UploadEvent event, long maxBytes, Reading<T> reading, Consumer<T> onRead,
                                    Consumer<String> onProblem) {
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            String message = "The file is larger than " + maxBytes / (1024 * 1024) + " MB, the most that can be "
                    + "imported at once.";
            event.reject(message);
            ui.access(() -> onProblem.accept(message));
            return;
        }
        try (InputStream in = event.getInputStream()) {
            T result = reading.read(event.getFileName(), in);
            ui.access(() -> onRead.accept(result));
        } catch (IOException e) {
            ui.access(() -> onProblem.accept("The file could not be read: " + e.getMessage()));
        }
    }

    /** A link that downloads a problem report (CSV). */
    static Anchor reportLink(String fileName, ReportWriter writer) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName + "-problems.csv");
            event.setContentType("text/csv");
            try (OutputStream out = event.getOutputStream()) {
                writer.write(out);
            }
        };
        return new Anchor(handler, AttachmentType.DOWNLOAD, "Download the list of problems (CSV)");
    }
}
