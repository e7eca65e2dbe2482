package uk.skillsplan.directory.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import uk.skillsplan.directory.ContactImportReport;
import uk.skillsplan.directory.ContactImportService;
import uk.skillsplan.directory.contacts.ContactRows;
import uk.skillsplan.security.Roles;

/**
 * The ERB lead imports a list of employers and their contacts (CSV or XLSX): all of it, or - with a problem in
 * any row - none of it, with every problem listed by row and column.
 */
@Route("contacts/import")
@PageTitle("Import contacts | SkillsPlan")
@Menu(title = "Import contacts", order = 55, icon = "UPLOAD")
@RolesAllowed({Roles.ERB_LEAD, Roles.ADMIN})
public class ContactImportView extends Div {

    final Upload upload;
    final Paragraph outcome = new Paragraph();
    final Grid<ContactImportReport.Problem> problems = new Grid<>(ContactImportReport.Problem.class, false);

    ContactImportView(ContactImportService imports) {
        addClassName("sp-view");
        upload = new Upload(event -> receive(event, imports));
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFileSize((int) ContactImportService.MAX_BYTES);
        upload.setAcceptedFileTypes(".csv", ".xlsx");
        upload.getElement().setAttribute("aria-label", "Upload a contact list (CSV or XLSX)");
        outcome.getElement().setAttribute("role", "status");
        problems.addColumn(ContactImportReport.Problem::row).setHeader("Row").setAutoWidth(true);
        problems.addColumn(ContactImportReport.Problem::column).setHeader("Column").setAutoWidth(true);
        problems.addColumn(ContactImportReport.Problem::message).setHeader("What to fix").setFlexGrow(3);
        problems.setAriaLabel("Problems in the file");
        problems.setVisible(false);
        problems.setHeight("24rem");
        add(new H1("Import contacts"), new Paragraph("Upload a CSV file (UTF-8) or an Excel workbook (.xlsx, first "
                + "sheet) with one row per contact and the columns " + String.join(", ", ContactRows.COLUMNS) + ". The local authority is its name or ONS "
                + "code; the size band is micro, small, medium or large. Employers already in the directory are "
                + "matched by Companies House number, else by name and local authority, and never added twice. "
                + "If any row is wrong, nothing is imported and every problem is listed."), upload, outcome, problems);
    }

    private void receive(UploadEvent event, ContactImportService imports) {
        UI ui = event.getUI();
        if (event.getFileSize() > ContactImportService.MAX_BYTES) {
            String message = "The file is larger than 2 MB: split it into smaller files.";
            event.reject(message);
            ui.access(() -> show(message, null));
            return;
        }
        ContactImportReport report;
        try (InputStream in = event.getInputStream()) {
            report = imports.importFile(event.getFileName(), in);
        } catch (IOException e) {
            ui.access(() -> show("The file could not be read: " + e.getMessage(), null));
            return;
        }
        ContactImportReport done = report;
        ui.access(() -> show(done.accepted()
                ? "Imported " + done.rows() + " rows: " + done.organisationsCreated() + " employers added, "
                        + done.organisationsMatched() + " matched to employers already in the directory, "
                        + done.contactsAdded() + " new contacts."
                : "Nothing was imported: " + done.problems().size() + " problems. Fix them and upload the file again.",
                done));
    }

    private void show(String message, ContactImportReport report) {
        outcome.setText(message);
        boolean problemsFound = report != null && !report.accepted();
        problems.setVisible(problemsFound);
        problems.setItems(problemsFound ? report.problems() : java.util.List.of());
    }
}
