package uk.skillsplan.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import uk.skillsplan.directory.LsipArea;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationQuery;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.security.CurrentUserService;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.Roles;

/** Administrators manage all organisations; an ERB lead those of their own LSIP area. */
@Route("organisations")
@PageTitle("Organisations | SkillsPlan")
@Menu(title = "Organisations", order = 50, icon = "BUILDING")
@RolesAllowed({Roles.ADMIN, Roles.ERB_LEAD})
public class OrganisationsView extends Div {

    final TextField search = new TextField("Search by name or Companies House number");
    final Select<OrganisationKind> kind = new Select<>();
    final Select<LsipArea> area = new Select<>();
    final Checkbox showInactive = new Checkbox("Show deactivated");
    final Button add = new Button("Add organisation", VaadinIcon.PLUS.create());
    final Grid<OrganisationSummary> grid = new Grid<>(OrganisationSummary.class, false);

    private final OrganisationService organisations;
    private final ReferenceDataService referenceData;
    private final boolean admin;

    OrganisationsView(OrganisationService organisations, ReferenceDataService referenceData, CurrentUserService currentUser) {
        this.organisations = organisations;
        this.referenceData = referenceData;
        this.admin = currentUser.require().is(Role.ADMIN);
        addClassName("sp-view");
        add(new H1("Organisations"));
        if (!admin) {
            organisations.myArea().ifPresent(mine -> add(new Paragraph("Organisations in " + mine.name()
                    + ". You can add and edit organisations in your own LSIP area.")));
        }
        add(toolbar(), grid);
        configureGrid();
    }

    private Div toolbar() {
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        kind.setLabel("Kind");
        kind.setItems(OrganisationKind.values());
        kind.setItemLabelGenerator(k -> k == null ? "Any kind" : k.label());
        kind.setEmptySelectionAllowed(true);
        kind.setEmptySelectionCaption("Any kind");
        kind.addValueChangeListener(e -> refresh());
        area.setLabel("LSIP area");
        area.setItems(referenceData.areas());
        area.setItemLabelGenerator(a -> a == null ? "Any area" : a.name());
        area.setEmptySelectionAllowed(true);
        area.setEmptySelectionCaption("Any area");
        area.setVisible(admin);
        area.addValueChangeListener(e -> refresh());
        showInactive.addValueChangeListener(e -> refresh());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openEditor(null));
        com.vaadin.flow.router.RouterLink duplicates = new com.vaadin.flow.router.RouterLink("Likely duplicates",
                DuplicatesView.class);
        Div toolbar = new Div(search, kind, area, showInactive, add, duplicates);
        toolbar.addClassName("sp-toolbar");
        return toolbar;
    }

    private void configureGrid() {
        grid.addColumn(OrganisationSummary::name).setHeader("Name").setKey("name").setSortable(true).setFlexGrow(3);
        grid.addColumn(o -> o.kind().label()).setHeader("Kind").setKey("kind").setSortProperty("kind");
        grid.addColumn(OrganisationSummary::localAuthorityName).setHeader("Local authority");
        grid.addColumn(OrganisationSummary::lsipAreaName).setHeader("LSIP area");
        grid.addColumn(o -> o.sicSection() == null ? "" : o.sicSection()).setHeader("SIC section");
        grid.addColumn(o -> o.sizeBand() == null ? "" : o.sizeBand().label()).setHeader("Size");
        grid.addColumn(o -> o.active() ? "Active" : "Deactivated").setHeader("Status");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Organisations");
        grid.setEmptyStateText("No organisations match. Clear the filters, or add an organisation.");
        grid.setItems(query -> organisations.search(currentQuery(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(), query -> organisations.count(currentQuery()));
        grid.addItemClickListener(e -> openEditor(e.getItem()));
        grid.setHeight("32rem");
    }

    private OrganisationQuery currentQuery() {
        LsipArea chosenArea = area.getValue();
        return new OrganisationQuery(search.getValue(), kind.getValue(), chosenArea == null ? null : chosenArea.code(),
                showInactive.getValue());
    }

    void openEditor(OrganisationSummary existing) {
        new OrganisationEditor(organisations, referenceData, admin, existing, this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

}
