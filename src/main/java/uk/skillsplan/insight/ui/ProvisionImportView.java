package uk.skillsplan.insight.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.skillsplan.directory.LsipArea;
import uk.skillsplan.insight.PopulationImportService;
import uk.skillsplan.insight.ProvisionImportResult;
import uk.skillsplan.insight.ProvisionImportService;
import uk.skillsplan.insight.ProvisionImportSummary;
import uk.skillsplan.security.Roles;

/**
 * The ERB lead (their area) or an administrator (any area) imports DfE further-education
 * statistics as Explore Education Statistics publishes them. A file with any problem is refused
 * with a report, and nothing is written; earlier imports are listed and kept.
 */
@Route("provision")
@PageTitle("Provision data | SkillsPlan")
@Menu(title = "Provision data", order = 46, icon = "ACADEMY_CAP")
@RolesAllowed({Roles.ERB_LEAD, Roles.ADMIN})
public class ProvisionImportView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    final ComboBox<LsipArea> area = new ComboBox<>("LSIP area");
    final Upload upload;
    final Div outcome = new Div();
    final Grid<ProvisionImportSummary> imports = new Grid<>(ProvisionImportSummary.class, false);

    private final ProvisionImportService service;

    ProvisionImportView(ProvisionImportService service, PopulationImportService population) {
        this.service = service;
        addClassName("sp-view");
        add(new H1("Provision data"), new Paragraph("What colleges and training providers deliver in the area, from "
                + "the Department for Education's further education and skills statistics. Upload a CSV file from "
                + "Explore Education Statistics as you downloaded it: achievements by sector subject area and local "
                + "authority district, or participation and achievement by LSIP area. Where the file has only "
                + "districts, the area's figures are their sums. Suppressed and small values (c, low, x, z, ~, :) are "
                + "kept as such, never counted as zero."));

        PopulationFileUpload.chooseArea(area, population.areasForImport());
        upload = PopulationFileUpload.create("Upload an Explore Education Statistics file", service.maxUploadBytes(),
                (name, in) -> service.importFile(area.getValue().code(), name, in), this::show, this::problem);
        upload.setEnabled(area.getValue() != null);
        area.addValueChangeListener(e -> {
            outcome.removeAll();
            upload.setEnabled(e.getValue() != null);
            showImports();
        });
        outcome.getElement().setAttribute("role", "status");

        imports.addColumn(i -> WHEN.format(i.importedAt())).setHeader("Imported").setAutoWidth(true);
        imports.addColumn(ProvisionImportSummary::academicYear).setHeader("Academic year").setAutoWidth(true);
        imports.addColumn(ProvisionImportSummary::layout).setHeader("Publication");
        imports.addColumn(i -> i.summedFromDistricts() ? "Sum of its districts" : "The file's LSIP rows")
                .setHeader("Area figures").setAutoWidth(true);
        imports.addColumn(ProvisionImportSummary::figures).setHeader("Figures").setAutoWidth(true);
        imports.addColumn(ProvisionImportSummary::fileName).setHeader("File");
        imports.addColumn(ProvisionImportSummary::importedBy).setHeader("By").setAutoWidth(true);
        imports.setAllRowsVisible(true);
        imports.setEmptyStateText("No provision data has been imported for this area yet.");
        imports.getElement().setAttribute("aria-label", "Provision data imports");

        add(area, upload, outcome, new H2("Imports of this area"), imports);
        showImports();
    }

    private void show(ProvisionImportResult result) {
        outcome.removeAll();
        // The upload takes one file at a time: clear it, so that the next file can be chosen (and the
        // disabled drop label, which has too little contrast, is not left on the page).
        upload.clearFileList();
        outcome.add(new Paragraph(result.summary()));
        if (!result.ok()) {
            UnorderedList first = new UnorderedList();
            result.errors().stream().limit(5).forEach(e -> first.add(new ListItem(PopulationImportView.describe(e))));
            outcome.add(first, PopulationFileUpload.reportLink("provision", out -> service.writeReport(result, out)));
        } else if (!result.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            result.notes().forEach(n -> notes.add(new ListItem(n)));
            outcome.add(notes);
        }
        showImports();
    }

    private void problem(String message) {
        outcome.removeAll();
        outcome.add(new Paragraph(message));
    }

    private void showImports() {
        imports.setItems(area.getValue() == null ? List.of() : service.imports(area.getValue().code()));
    }
}
