package uk.skillsplan.response.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.streams.UploadEvent;
import java.io.IOException;
import java.io.InputStream;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.response.ImportResult;
import uk.skillsplan.response.ResponseExportService;
import uk.skillsplan.response.ResponseImportService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * Exports of a round (streamed straight to the browser) and the import of responses collected
 * elsewhere. An import with any error imports nothing and offers a report of every problem.
 */
class RoundTransfers extends Div {

    final Upload upload;
    final Div importOutcome = new Div();

    RoundTransfers(SurveyRoundSummary round, ResponseExportService exports, ResponseImportService imports,
                   Runnable onImported) {
        String base = "round-" + round.id();
        add(new H2("Export and import"), new Paragraph("Exports hold the submitted responses only, one row per "
                + "organisation, with a codebook that explains every column."));
        Div links = new Div(
                new Anchor(download(base + "-responses.csv", "text/csv",
                        out -> exports.exportCsv(round.id(), out)), AttachmentType.DOWNLOAD, "Responses (CSV)"),
                new Anchor(download(base + "-responses.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        out -> exports.exportXlsx(round.id(), out)), AttachmentType.DOWNLOAD, "Responses and codebook (Excel)"),
                new Anchor(download(base + "-codebook.csv", "text/csv", out -> exports.exportCodebookCsv(round.id(), out)),
                        AttachmentType.DOWNLOAD, "Codebook (CSV)"));
        links.addClassName("sp-toolbar");
        add(links);

        add(new H3("Import responses collected elsewhere"), new Paragraph("Upload a CSV (UTF-8) or Excel file with "
                + "the same columns as the export: organisation_id or companies_house_number, then one column per "
                + "answer. Every row is checked like the online form; if anything is wrong, nothing is imported and "
                + "you get a list of every problem."));
        long maxBytes = imports.maxUploadBytes();
        // The body comes to the handler as it arrives (raw, not multipart, so the servlet container
        // stores nothing first) and the import stops reading it once it passes the limit: no more
        // than the limit is ever read, held or written to disk.
        upload = new Upload(event -> receive(event, imports, round, onImported));
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFiles(1);
        upload.setDropAllowed(true);
        upload.getElement().setAttribute("aria-label", "Upload a file of responses");
        upload.setEnabled(round.isOpen());
        importOutcome.getElement().setAttribute("role", "status");
        add(upload, importOutcome);
    }

    /** Runs in the upload's request, outside the UI's lock; the outcome is shown through {@code UI.access}. */
    private void receive(UploadEvent event, ResponseImportService imports, SurveyRoundSummary round, Runnable onImported) {
        UI ui = event.getUI();
        String fileName = event.getFileName();
        long declared = event.getFileSize();
        if (declared > imports.maxUploadBytes()) {
            // A declared size over the limit is refused without reading the body at all.
            String message = "The file is larger than " + imports.maxUploadBytes() / (1024 * 1024) + " MB, the most "
                    + "that can be imported at once. Split the rows into smaller files and import each one.";
            event.reject(message);
            ui.access(() -> showMessage(message));
            return;
        }
        String problem = null;
        ImportResult result = null;
        try (InputStream in = event.getInputStream()) {
            result = imports.importFile(round.id(), fileName, in);
        } catch (IOException | ValidationException e) {
            problem = "The file could not be read: " + e.getMessage();
        }
        ImportResult outcome = result;
        String failure = problem;
        ui.access(() -> {
            if (failure != null) {
                showMessage(failure);
            } else {
                showOutcome(imports, fileName, outcome);
                onImported.run();
            }
        });
    }

    private void showMessage(String message) {
        importOutcome.removeAll();
        importOutcome.add(new Paragraph(message));
    }

    private void showOutcome(ResponseImportService imports, String fileName, ImportResult result) {
        showMessage(result.summary());
        if (!result.ok()) {
            importOutcome.add(new Anchor(download(fileName + "-problems.csv", "text/csv",
                    out -> imports.writeErrorReport(result, out)), AttachmentType.DOWNLOAD, "Download the list of problems (CSV)"));
        }
    }

    private interface Writer {
        void write(java.io.OutputStream out) throws IOException;
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
