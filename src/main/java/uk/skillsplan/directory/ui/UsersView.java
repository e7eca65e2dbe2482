package uk.skillsplan.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.Roles;
import uk.skillsplan.security.UserAccountService;
import uk.skillsplan.security.UserAccountSummary;
import uk.skillsplan.security.UserQuery;

/** Administrators create, edit, unlock and deactivate accounts. */
@Route("users")
@PageTitle("Users | SkillsPlan")
@Menu(title = "Users", order = 60, icon = "USERS")
@RolesAllowed(Roles.ADMIN)
public class UsersView extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
            .withZone(ZoneId.of("Europe/London"));

    final TextField search = new TextField("Search by name or username");
    final Select<Role> role = new Select<>();
    final Checkbox showInactive = new Checkbox("Show deactivated");
    final Button add = new Button("Add user", VaadinIcon.PLUS.create());
    final Grid<UserRow> grid = new Grid<>(UserRow.class, false);

    private final UserAccountService accounts;
    private final OrganisationService organisations;

    /** An account with its organisation's name, for display. */
    record UserRow(UserAccountSummary account, String organisationName) {
    }

    UsersView(UserAccountService accounts, OrganisationService organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
        addClassName("sp-view");
        add(new H1("Users"), toolbar(), grid);
        configureGrid();
    }

    private Div toolbar() {
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        role.setLabel("Role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> r == null ? "Any role" : r.label());
        role.setEmptySelectionAllowed(true);
        role.setEmptySelectionCaption("Any role");
        role.addValueChangeListener(e -> refresh());
        showInactive.addValueChangeListener(e -> refresh());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> openEditor(null));
        Div toolbar = new Div(search, role, showInactive, add);
        toolbar.addClassName("sp-toolbar");
        return toolbar;
    }

    private void configureGrid() {
        grid.addColumn(r -> r.account().username()).setHeader("Username").setSortProperty("username");
        grid.addColumn(r -> r.account().displayName()).setHeader("Name").setSortProperty("displayName").setFlexGrow(2);
        grid.addColumn(r -> r.account().role().label()).setHeader("Role").setSortProperty("role");
        grid.addColumn(UserRow::organisationName).setHeader("Organisation").setFlexGrow(2);
        grid.addColumn(r -> status(r.account())).setHeader("Status");
        grid.addColumn(r -> r.account().lastLoginAt() == null ? "Never" : WHEN.format(r.account().lastLoginAt()))
                .setHeader("Last sign-in");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Users");
        grid.setEmptyStateText("No users match. Clear the filters, or add a user.");
        grid.setItems(query -> rows(accounts.search(currentQuery(), VaadinSpringDataHelpers.toSpringPageRequest(query))),
                query -> accounts.count(currentQuery()));
        grid.addItemClickListener(e -> openEditor(e.getItem().account()));
        grid.setHeight("32rem");
    }

    private Stream<UserRow> rows(List<UserAccountSummary> page) {
        Map<Long, String> names = organisations.names(page.stream().map(UserAccountSummary::organisationId)
                .filter(Objects::nonNull).distinct().toList());
        return page.stream().map(a -> new UserRow(a, a.organisationId() == null ? "" : names.getOrDefault(a.organisationId(), "")));
    }

    static String status(UserAccountSummary account) {
        if (!account.active()) {
            return "Deactivated";
        }
        return account.locked() ? "Locked" : "Active";
    }

    private UserQuery currentQuery() {
        return new UserQuery(search.getValue(), role.getValue(), null, showInactive.getValue());
    }

    void openEditor(UserAccountSummary existing) {
        new UserEditor(accounts, organisations, existing, this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
