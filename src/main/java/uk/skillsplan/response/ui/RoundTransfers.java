package uk.skillsplan.response.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.File;
import java.io.FileInputStream;
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
        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            try {
                showOutcome(imports, round, metadata.fileName(), file);
                onImported.run();
            } finally {
                file.delete();
            }
        }));
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.setMaxFiles(1);
        upload.setDropAllowed(true);
        upload.getElement().setAttribute("aria-label", "Upload a file of responses");
        upload.setEnabled(round.isOpen());
        importOutcome.getElement().setAttribute("role", "status");
        add(upload, importOutcome);
    }

    private void showOutcome(ResponseImportService imports, SurveyRoundSummary round, String fileName, File file) {
        importOutcome.removeAll();
        ImportResult result;
        try (InputStream in = new FileInputStream(file)) {
            result = imports.importFile(round.id(), fileName, in);
        } catch (IOException | ValidationException problem) {
            importOutcome.add(new Paragraph("The file could not be read: " + problem.getMessage()));
            return;
        }
        importOutcome.add(new Paragraph(result.summary()));
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
