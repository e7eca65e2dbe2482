package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import uk.skillsplan.base.ui.RouteIds;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.FieldErrorBinder;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.plan.ActionDraft;
import uk.skillsplan.plan.ActionFilter;
import uk.skillsplan.plan.ActionItem;
import uk.skillsplan.plan.ActionOwner;
import uk.skillsplan.plan.ActionRegisterService;
import uk.skillsplan.plan.ActionStatus;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.plan.Priority;
import uk.skillsplan.security.Roles;

/**
 * The plan's action register: a lazy grid (pages read from the database) filtered by priority, owner
 * and status, CSV and XLSX downloads of what the filters show, a form to add an action, and the
 * selected action's status and dated notes of progress.
 */
@Route("plans/:planId/actions")
@RolesAllowed({Roles.PROVIDER, Roles.COUNCIL, Roles.ERB_LEAD, Roles.ADMIN})
public class ActionRegisterView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The "any" choice of the priority filter and the "whole plan" choice of the form. */
    static final Priority ANY = new Priority(0, "", "Any priority", 0, "");
    static final Priority WHOLE_PLAN = new Priority(0, "", "The plan as a whole", 0, "");

    final Select<Priority> priorityFilter = new Select<>();
    final ComboBox<ActionOwner> ownerFilter = new ComboBox<>("Owner");
    final Select<ActionStatus> statusFilter = new Select<>();
    final Grid<ActionItem> grid = new Grid<>(ActionItem.class, false);
    final Div downloads = new Div();

    final TextField title = new TextField("What will be done");
    final Select<Priority> priority = new Select<>();
    final ComboBox<OrganisationSummary> owner = new ComboBox<>("Owner organisation");
    final DatePicker start = new DatePicker("Start date");
    final DatePicker due = new DatePicker("Due date");
    final Select<ActionStatus> status = new Select<>();
    final Button add = new Button("Add the action");
    private final FieldErrorBinder errors = new FieldErrorBinder();
    final ActionProgressPanel progress;

    private final PlanService plans;
    private final ActionRegisterService register;
    private PlanSummary plan;

    ActionRegisterView(PlanService plans, ActionRegisterService register) {
        this.plans = plans;
        this.register = register;
        this.progress = new ActionProgressPanel(register, this::refreshGrid);
        addClassName("sp-view");
        priorityFilter.setLabel("Priority");
        priorityFilter.setItemLabelGenerator(Priority::title);
        statusFilter.setLabel("Status");
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption("Any status");
        statusFilter.setItems(ActionStatus.values());
        statusFilter.setItemLabelGenerator(s -> s == null ? "Any status" : s.label());
        ownerFilter.setItemLabelGenerator(ActionOwner::name);
        ownerFilter.setClearButtonVisible(true);
        ownerFilter.setPlaceholder("Any owner");
        priorityFilter.addValueChangeListener(e -> refreshGrid());
        ownerFilter.addValueChangeListener(e -> refreshGrid());
        statusFilter.addValueChangeListener(e -> refreshGrid());

        grid.addColumn(ActionItem::title).setHeader("Action").setFlexGrow(3);
        grid.addColumn(ActionItem::priorityTitle).setHeader("Priority").setFlexGrow(1);
        grid.addColumn(ActionItem::ownerName).setHeader("Owner").setFlexGrow(1);
        grid.addColumn(a -> a.startDate().toString()).setHeader("Start").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.dueDate().toString()).setHeader("Due").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.shownStatus().label()).setHeader("Status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(a -> a.latestNote() == null ? "" : a.latestNote()).setHeader("Latest progress").setFlexGrow(2);
        grid.setAriaLabel("Actions");
        grid.setPageSize(50);
        grid.setEmptyStateText("No actions match these filters.");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.asSingleSelect().addValueChangeListener(e -> progress.show(e.getValue()));

        priority.setLabel("Priority");
        priority.setItemLabelGenerator(Priority::title);
        owner.setItemLabelGenerator(OrganisationSummary::name);
        status.setLabel("Status");
        status.setItems(ActionStatus.settable());
        status.setItemLabelGenerator(ActionStatus::label);
        start.setI18n(isoDates());
        due.setI18n(isoDates());
        start.setHelperText("For example 2027-09-01");
        title.setMaxLength(300);
        title.setWidthFull();
        errors.field("title", title).field("priority", priority).field("owner", owner).field("startDate", start)
                .field("dueDate", due).field("status", status);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> add());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = RouteIds.id(event.getRouteParameters(), "planId").orElseThrow(() -> new NotFoundException("There is no such plan."));
        plan = plans.plan(planId);
        removeAll();
        List<Priority> ranked = plans.priorities(planId);
        List<Priority> filterChoices = new ArrayList<>(List.of(ANY));
        filterChoices.addAll(ranked);
        priorityFilter.setItems(filterChoices);
        priorityFilter.setValue(ANY);
        ownerFilter.setItems(register.ownersInRegister(planId));
        List<Priority> formChoices = new ArrayList<>(List.of(WHOLE_PLAN));
        formChoices.addAll(ranked);
        priority.setItems(formChoices);
        priority.setValue(ranked.isEmpty() ? WHOLE_PLAN : ranked.getFirst());
        List<OrganisationSummary> owners = register.owners(planId);
        owner.setItems(owners);
        owner.setVisible(owners.size() > 1);
        if (!owners.isEmpty()) {
            owner.setValue(owners.getFirst());
        }
        status.setValue(ActionStatus.PLANNED);
        grid.setItems(query -> register.page(planId, filter(), query.getPage(), query.getPageSize()).stream(),
                query -> register.count(planId, filter()));
        Div filters = new Div(priorityFilter, ownerFilter, statusFilter);
        filters.addClassName("sp-toolbar");
        showDownloads();
        var back = PlanTexts.ownLine(new Anchor("plans/" + planId, "Back to the plan"));
        Div form = new Div(errors.formMessage(), title, priority, owner, start, due, status, add);
        form.addClassName("sp-form");
        add(new H1("Action register"), new Paragraph(plan.title()), back, new H2("Actions"), filters, downloads, grid,
                progress, new H2("Add an action"), form);
    }

    /** Dates typed and shown as 2027-09-01, as the register, the exports and the report write them. */
    static DatePicker.DatePickerI18n isoDates() {
        return new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd");
    }

    ActionFilter filter() {
        Priority p = priorityFilter.getValue();
        ActionOwner o = ownerFilter.getValue();
        return new ActionFilter(p == null || p == ANY ? null : p.sicSection(), o == null ? null : o.id(), statusFilter.getValue());
    }

    private void refreshGrid() {
        grid.getDataProvider().refreshAll();
        showDownloads();
    }

    private void showDownloads() {
        if (plan == null) {
            return;
        }
        downloads.removeAll();
        ActionFilter now = filter();
        String name = "actions-plan-" + plan.id();
        downloads.add(PlanDownloads.link(name + ".csv", "text/csv", out -> register.csv(plan.id(), now, out),
                        "Download these actions as CSV"),
                PlanDownloads.link(name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        out -> register.xlsx(plan.id(), now, out), "Download these actions as Excel (XLSX)"));
    }

    private void add() {
        Priority p = priority.getValue();
        OrganisationSummary o = owner.getValue();
        try {
            ActionItem added = register.add(plan.id(), new ActionDraft(p == null || p == WHOLE_PLAN ? null : p.sicSection(),
                    o == null ? null : o.id(), title.getValue(), start.getValue(), due.getValue(), status.getValue()));
            errors.clear();
            title.clear();
            ownerFilter.setItems(register.ownersInRegister(plan.id()));
            refreshGrid();
            Notices.success("The action \"" + added.title() + "\" is in the register.");
        } catch (ValidationException refused) {
            errors.show(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return "Action register | SkillsPlan";
    }
}
