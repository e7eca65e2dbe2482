package uk.skillsplan.response.ui;

import uk.skillsplan.base.ui.RouteIds;
import uk.skillsplan.base.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.skillsplan.directory.LocalAuthority;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.directory.SicSection;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.FieldErrorBinder;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.response.ChaseFilter;
import uk.skillsplan.response.NonRespondent;
import uk.skillsplan.response.ProgressRow;
import uk.skillsplan.response.ResponseExportService;
import uk.skillsplan.response.ResponseImportService;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.response.RoundProgress;
import uk.skillsplan.response.RoundProgressService;
import uk.skillsplan.security.CurrentUserService;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.Roles;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * The ERB's view of one round: response counts by local authority, sector and size band, the
 * organisations still to chase (with a way to enter answers on their behalf), the closing date,
 * and the round's exports and import.
 */
@Route("rounds/:roundId")
@RolesAllowed({Roles.ERB_LEAD, Roles.ADMIN})
public class RoundProgressView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Paragraph summary = new Paragraph();
    final DatePicker newCloseDate = new DatePicker("New closing date");
    final Button extend = new Button("Extend the round");
    final Grid<ProgressRow> byLocalAuthority = progressGrid("Local authority", "Responses by local authority");
    final Grid<ProgressRow> bySector = progressGrid("Industry (SIC section)", "Responses by industry");
    final Grid<ProgressRow> bySize = progressGrid("Size band", "Responses by size band");
    final Grid<NonRespondent> toChase = new Grid<>(NonRespondent.class, false);
    /** Which organisations the chase list is narrowed to (from the address), and a way back to all of them. */
    final Div filterNotice = new Div();
    private final H2 chaseHeading = new H2("Not submitted yet");
    final Div transfers = new Div();

    private final SurveyRoundService rounds;
    private final RoundProgressService progress;
    private final ResponseService responses;
    private final ResponseExportService exports;
    private final ResponseImportService imports;
    private final ReferenceDataService referenceData;
    private final boolean erbLead;
    private SurveyRoundSummary round;
    private ChaseFilter filter = ChaseFilter.NONE;
    private boolean chaseListConfigured;
    private Div closingDate;

    RoundProgressView(SurveyRoundService rounds, RoundProgressService progress, ResponseService responses,
                      ResponseExportService exports, ResponseImportService imports, CurrentUserService currentUser,
                      ReferenceDataService referenceData) {
        this.referenceData = referenceData;
        this.exports = exports;
        this.imports = imports;
        this.rounds = rounds;
        this.progress = progress;
        this.responses = responses;
        this.erbLead = currentUser.require().is(Role.ERB_LEAD);
        addClassName("sp-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long roundId = RouteIds.id(event.getRouteParameters(), "roundId")
                .orElseThrow(() -> new NotFoundException("There is no such survey round."));
        round = rounds.get(roundId);
        if (!rounds.manages(round)) {
            throw new org.springframework.security.access.AccessDeniedException("You do not manage this round.");
        }
        filter = readFilter(event);
        removeAll();
        if (closingDate == null) {
            // Made once: the view is reused when only the address's filter changes, and a second
            // listener would extend the round twice.
            closingDate = closingDate();
        }
        add(title, summary, closingDate, new H2("Responses so far"));
        Div grids = new Div(byLocalAuthority, bySector, bySize);
        grids.addClassName("sp-count-grids");
        add(grids, chaseHeading, new Paragraph("Organisations asked to answer that have not "
                + "submitted. Contact them, or enter their answers for them if they give them to you another way."),
                filterNotice, toChase, transfers);
        transfers.removeAll();
        transfers.add(new RoundTransfers(round, exports, imports, this::refresh));
        if (!chaseListConfigured) {
            // The view is reused when only the address's filter changes: its columns are added once.
            configureChaseList();
            chaseListConfigured = true;
        }
        showFilter();
        refresh();
        if (!filter.isEmpty()) {
            // Arriving from a link to some organisations (the coverage page): show the list, not the counts above it.
            chaseHeading.scrollIntoView();
        }
    }

    @Override
    public String getPageTitle() {
        return (round == null ? "Survey round" : round.title()) + " | SkillsPlan";
    }

    private Div closingDate() {
        FieldErrorBinder errors = new FieldErrorBinder().field("closesOn", newCloseDate);
        extend.addClickListener(click -> {
            try {
                round = rounds.extend(round.id(), newCloseDate.getValue());
                errors.clear();
                Notices.success("The round now closes on " + Dates.format(round.closesOn()) + ".");
                refresh();
            } catch (ValidationException problem) {
                errors.show(problem);
            }
        });
        Div box = new Div(newCloseDate, extend);
        box.addClassName("sp-toolbar");
        box.setVisible(erbLead);
        return box;
    }

    private void configureChaseList() {
        toChase.addColumn(NonRespondent::name).setHeader("Organisation").setFlexGrow(2);
        toChase.addColumn(NonRespondent::localAuthority).setHeader("Local authority");
        toChase.addColumn(n -> n.sicSection() == null ? "" : n.sicSection()).setHeader("SIC");
        toChase.addColumn(n -> n.sizeBand() == null ? "" : n.sizeBand()).setHeader("Size");
        toChase.addColumn(n -> n.status() == null ? "Not started" : n.status().label()).setHeader("Status");
        if (erbLead) {
            toChase.addComponentColumn(n -> {
                Button enter = new Button("Enter answers", click -> enterOnBehalf(n));
                enter.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
                enter.setAriaLabel("Enter answers for " + n.name());
                enter.setEnabled(round.isOpen());
                return enter;
            }).setHeader("On their behalf");
        }
        toChase.setAriaLabel("Organisations that have not submitted");
        toChase.setEmptyStateText("Everyone asked has submitted. Well done.");
        toChase.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        toChase.setItems(query -> progress.notSubmitted(round.id(), filter, query.getOffset(), query.getLimit()).stream(),
                query -> progress.countNotSubmitted(round.id(), filter));
        toChase.setHeight("24rem");
    }

    private ChaseFilter readFilter(BeforeEnterEvent event) {
        try {
            return ChaseFilter.fromParameters(event.getLocation().getQueryParameters().getParameters());
        } catch (IllegalArgumentException unknown) {
            Notices.error("The address asks for a filter this page does not know, so every organisation is listed.");
            return ChaseFilter.NONE;
        }
    }

    /** Says in words which organisations are listed, and offers to list them all again. */
    private void showFilter() {
        filterNotice.removeAll();
        filterNotice.setVisible(!filter.isEmpty());
        toChase.setEmptyStateText(filter.isEmpty() ? "Everyone asked has submitted. Well done."
                : "Every organisation asked in this group has submitted.");
        if (filter.isEmpty()) {
            return;
        }
        List<String> parts = new ArrayList<>();
        if (!filter.sicSections().isEmpty()) {
            Map<String, String> names = referenceData.sicSections().stream()
                    .collect(Collectors.toMap(SicSection::code, SicSection::name));
            parts.add((filter.sicSections().size() == 1 ? "SIC section " : "SIC sections ") + filter.sortedSections().stream()
                    .map(code -> code + " (" + names.getOrDefault(code, "unknown") + ")").collect(Collectors.joining(", ")));
        }
        if (filter.sizeBand() != null) {
            parts.add("size band " + SizeBand.fromCode(filter.sizeBand()).label());
        }
        if (filter.ladCode() != null) {
            parts.add("local authority " + referenceData.localAuthority(filter.ladCode()).map(LocalAuthority::name)
                    .orElse(filter.ladCode()));
        }
        Paragraph applied = new Paragraph("Showing only organisations in " + String.join("; ", parts) + ".");
        applied.addClassName("sp-filter-applied");
        Anchor clear = new Anchor("rounds/" + round.id(), "Show every organisation still to answer");
        clear.getElement().setAttribute("router-link", true);
        filterNotice.add(applied, clear);
        filterNotice.addClassName("sp-caution");
    }

    private void enterOnBehalf(NonRespondent organisation) {
        try {
            long responseId = responses.startOnBehalf(round.id(), organisation.organisationId()).id();
            getUI().ifPresent(ui -> ui.navigate("response/" + responseId));
        } catch (ValidationException refused) {
            Notices.error(String.join(" ", refused.fieldErrors().values()));
        }
    }

    void refresh() {
        title.setText(round.title());
        RoundProgress counts = progress.progress(round.id());
        ProgressRow total = counts.total();
        summary.setText(round.questionnaireTitle() + " (version " + round.questionnaireVersion() + "). "
                + round.status().label() + ": " + Dates.format(round.opensOn()) + " to " + Dates.format(round.closesOn()) + ". " + total.submitted()
                + " of " + total.invited() + " organisations have submitted (" + total.submittedPercent() + "%), "
                + (total.started() - total.submitted()) + " more have started.");
        byLocalAuthority.setItems(counts.byLocalAuthority());
        bySector.setItems(counts.bySector());
        bySize.setItems(counts.bySizeBand());
        toChase.getDataProvider().refreshAll();
    }

    private static Grid<ProgressRow> progressGrid(String groupHeader, String label) {
        Grid<ProgressRow> grid = new Grid<>(ProgressRow.class, false);
        // Names wrap and the number columns take only the room they need, so that "Submitted" and
        // "Rate" stay in view (they were cut off, with every name shortened to "Manufact...").
        grid.addColumn(ProgressRow::label).setHeader(groupHeader).setFlexGrow(1);
        grid.addColumn(ProgressRow::invited).setHeader("Asked").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProgressRow::started).setHeader("Started").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ProgressRow::submitted).setHeader("Submitted").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> r.submittedPercent() + "%").setHeader("Rate").setAutoWidth(true).setFlexGrow(0);
        grid.setAriaLabel(label);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        return grid;
    }

}
