package uk.skillsplan.insight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.skillsplan.base.Dates;
import uk.skillsplan.directory.LsipArea;
import uk.skillsplan.insight.PopulationImportPreview;
import uk.skillsplan.insight.PopulationImportService;
import uk.skillsplan.insight.PopulationImportSummary;
import uk.skillsplan.insight.PopulationYearSummary;
import uk.skillsplan.response.ImportError;
import uk.skillsplan.security.Roles;

/**
 * The ERB lead (their area) or an administrator (any area) imports the business population from a
 * UK Business Counts file as Nomis gives it: upload, check what would be imported, choose the year,
 * confirm. Nothing is written before the confirmation; earlier imports are listed and kept.
 */
@Route("population")
@PageTitle("Business population | SkillsPlan")
@Menu(title = "Business population", order = 45, icon = "FACTORY")
@RolesAllowed({Roles.ERB_LEAD, Roles.ADMIN})
public class PopulationImportView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    final ComboBox<LsipArea> area = new ComboBox<>("LSIP area");
    final Upload upload;
    final Div outcome = new Div();
    final Div confirmation = new Div();
    final Select<Integer> year = new Select<>();
    final Paragraph yearSummary = new Paragraph();
    final Button confirm = new Button("Import this population");
    final Button cancel = new Button("Cancel");
    final Grid<PopulationImportSummary> imports = new Grid<>(PopulationImportSummary.class, false);

    private final PopulationImportService service;
    private PopulationImportPreview preview;

    PopulationImportView(PopulationImportService service) {
        this.service = service;
        addClassName("sp-view");
        add(new H1("Business population"), new Paragraph("How many businesses there are in the area, by local "
                + "authority, industry and size band: the population that the survey's responses are compared "
                + "with. Upload UK Business Counts from Nomis (Office for National Statistics) as you downloaded it, "
                + "CSV or Excel: enterprises or local units, by local authority district, with the broad industry "
                + "groups or SIC sections, and the size bands. Nothing is imported until you have checked and "
                + "confirmed what the file holds."));

        PopulationFileUpload.chooseArea(area, service.areasForImport());
        upload = PopulationFileUpload.create("Upload a UK Business Counts file", service.maxUploadBytes(), this::check,
                this::show, this::problem);
        upload.setEnabled(area.getValue() != null);
        area.addValueChangeListener(e -> {
            clear();
            upload.setEnabled(e.getValue() != null);
            showImports();
        });
        outcome.getElement().setAttribute("role", "status");
        confirmation.setVisible(false);
        year.setLabel("Year to import");
        year.addValueChangeListener(e -> showYear());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> confirmImport());
        cancel.addClickListener(e -> clear());

        imports.addColumn(i -> WHEN.format(i.importedAt())).setHeader("Imported").setAutoWidth(true);
        imports.addColumn(PopulationImportSummary::year).setHeader("Year").setAutoWidth(true);
        imports.addColumn(i -> i.unit().label()).setHeader("Counts").setAutoWidth(true);
        imports.addColumn(i -> Dates.format(i.downloadedOn())).setHeader("Downloaded from Nomis").setAutoWidth(true);
        imports.addColumn(PopulationImportSummary::districts).setHeader("Districts").setAutoWidth(true);
        imports.addColumn(PopulationImportSummary::industries).setHeader("Industries").setAutoWidth(true);
        imports.addColumn(i -> String.format("%,d", i.totalBusinesses())).setHeader("Businesses").setAutoWidth(true);
        imports.addColumn(PopulationImportSummary::fileName).setHeader("File");
        imports.addColumn(PopulationImportSummary::importedBy).setHeader("By").setAutoWidth(true);
        imports.setAllRowsVisible(true);
        imports.setEmptyStateText("No business population has been imported for this area yet.");
        imports.getElement().setAttribute("aria-label", "Business population imports");

        add(area, upload, outcome, confirmation, new H2("Imports of this area"), new Paragraph("Every import is kept, "
                + "so that a plan can say which one it used."), imports);
        showImports();
    }

    private PopulationImportPreview check(String fileName, java.io.InputStream content) {
        if (area.getValue() == null) {
            throw new IllegalStateException("Choose the LSIP area first.");
        }
        return service.check(area.getValue().code(), fileName, content);
    }

    private void show(PopulationImportPreview checked) {
        clear();
        // The upload takes one file at a time: clear it, so that the next file can be chosen (and the
        // disabled drop label, which has too little contrast, is not left on the page).
        upload.clearFileList();
        preview = checked;
        outcome.add(new Paragraph(checked.summary()));
        if (!checked.ok()) {
            UnorderedList first = new UnorderedList();
            checked.errors().stream().limit(5).forEach(e -> first.add(new ListItem(describe(e))));
            outcome.add(first, PopulationFileUpload.reportLink(checked.fileName(), out -> service.writeReport(checked, out)));
            return;
        }
        year.setItems(checked.years().stream().map(PopulationYearSummary::year).toList());
        year.setValue(checked.latestYear());
        confirmation.removeAll();
        confirmation.add(new H2("Check before importing"),
                new Paragraph("File: " + checked.fileName() + ". Counts: " + checked.unit().label()
                        + (checked.downloadedOn() == null ? "" : ", downloaded from Nomis on " + Dates.format(checked.downloadedOn()))
                        + ". Industries: " + checked.industryScheme().label() + ". Size bands: "
                        + (checked.detailedBands() ? "nine detailed bands, added up to the four broad ones" : "the four broad bands") + "."),
                year, yearSummary, skipped(checked));
        if (!checked.notes().isEmpty()) {
            UnorderedList notes = new UnorderedList();
            checked.notes().forEach(n -> notes.add(new ListItem(describe(n))));
            confirmation.add(new Paragraph("Notes:"), notes);
        }
        Div buttons = new Div(confirm, cancel);
        buttons.addClassName("sp-toolbar");
        confirmation.add(buttons);
        confirmation.setVisible(true);
        showYear();
    }

    private Paragraph skipped(PopulationImportPreview checked) {
        StringBuilder text = new StringBuilder("Skipped: ").append(count(checked.outsideEngland(), "district"))
                .append(" outside England, ").append(count(checked.otherAreaDistricts(), "district"))
                .append(" of other LSIP areas");
        checked.otherGeographies().forEach((type, n) -> text.append(", ").append(count(n, "area")).append(" of type \"")
                .append(type.length() <= 100 ? type : type.substring(0, 100) + "...").append("\""));
        return new Paragraph(text.append(" (district figures are added up; the file's own rounded area rows are not used).").toString());
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private void showYear() {
        if (preview == null || !preview.ok() || year.getValue() == null) {
            return;
        }
        PopulationYearSummary summary = preview.year(year.getValue());
        yearSummary.setText(year.getValue() + ": " + String.format("%,d", summary.totalBusinesses()) + " "
                + preview.unit().noun() + " in " + summary.districts().size() + " districts ("
                + String.join(", ", summary.districts()) + ") and " + summary.industries() + " industries.");
    }

    private void confirmImport() {
        PopulationImportSummary stored = service.confirm(preview, year.getValue());
        clear();
        outcome.add(new Paragraph("Imported the business population of " + stored.year() + ": "
                + String.format("%,d", stored.totalBusinesses()) + " " + stored.unit().noun()
                + " in " + stored.districts() + " districts."));
        showImports();
    }

    private void problem(String message) {
        clear();
        outcome.add(new Paragraph(message));
    }

    private void clear() {
        preview = null;
        outcome.removeAll();
        confirmation.removeAll();
        confirmation.setVisible(false);
    }

    private void showImports() {
        imports.setItems(area.getValue() == null ? List.of() : service.imports(area.getValue().code()));
    }

    static String describe(ImportError error) {
        return (error.row() == 0 ? "" : "Row " + error.row() + (error.column().isEmpty() ? "" : ", " + error.column())
                + ": ") + error.reason();
    }
}
