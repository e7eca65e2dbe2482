package uk.skillsplan.security.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.skillsplan.security.AuditAction;
import uk.skillsplan.security.AuditEntry;
import uk.skillsplan.security.AuditQuery;
import uk.skillsplan.security.AuditTrail;
import uk.skillsplan.security.CurrentUserService;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.Roles;

/** The audit trail, newest first, loaded a page at a time: everything for administrators, an ERB lead's own area. */
@Route("audit")
@PageTitle("Audit trail | SkillsPlan")
@Menu(title = "Audit trail", order = 70, icon = "LIST")
@RolesAllowed({Roles.ADMIN, Roles.ERB_LEAD})
public class AuditView extends Div {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    final Select<AuditAction> action = new Select<>();
    final TextField text = new TextField("Person, subject or detail");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final Grid<AuditEntry> grid = new Grid<>(AuditEntry.class, false);

    private final AuditTrail audit;

    AuditView(AuditTrail audit, CurrentUserService currentUser) {
        this.audit = audit;
        addClassName("sp-view");
        boolean admin = currentUser.require().is(Role.ADMIN);
        add(new H1("Audit trail"), new Paragraph(admin ? "Every sign-in, change to accounts and organisations, export, "
                + "import and entry on an organisation's behalf, newest first."
                : "What happened in your area: changes to its organisations, exports, imports and entries on an "
                + "organisation's behalf, newest first."), filters(), grid);
        configureGrid();
    }

    private Div filters() {
        action.setLabel("What");
        action.setItems(AuditAction.values());
        action.setItemLabelGenerator(a -> a == null ? "Anything" : a.label());
        action.setEmptySelectionAllowed(true);
        action.setEmptySelectionCaption("Anything");
        action.addValueChangeListener(e -> refresh());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        from.setMax(audit.today());
        to.setMax(audit.today());
        Div toolbar = new Div(action, text, from, to);
        toolbar.addClassName("sp-toolbar");
        return toolbar;
    }

    private void configureGrid() {
        grid.addColumn(e -> WHEN.format(e.occurredAt())).setHeader("When").setAutoWidth(true);
        grid.addColumn(AuditEntry::actorName).setHeader("Who").setFlexGrow(2);
        grid.addColumn(e -> e.action().label()).setHeader("What").setFlexGrow(2);
        grid.addColumn(AuditEntry::subject).setHeader("Subject").setFlexGrow(2);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader("Detail").setFlexGrow(3);
        grid.addColumn(e -> e.remoteAddress() == null ? "" : e.remoteAddress()).setHeader("From address");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Audit trail");
        grid.setEmptyStateText("Nothing recorded matches. Clear the filters to see everything.");
        grid.setItems(query -> audit.search(currentQuery(), query.getOffset(), query.getLimit()).stream(),
                query -> audit.count(currentQuery()));
        grid.setHeight("36rem");
    }

    private AuditQuery currentQuery() {
        return new AuditQuery(action.getValue(), text.getValue(), from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
