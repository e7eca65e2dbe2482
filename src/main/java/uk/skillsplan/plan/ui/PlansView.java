package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.skillsplan.directory.ReferenceDataService;
import uk.skillsplan.plan.PlanDraftingService;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.security.CurrentUserService;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.Roles;

/** The plans of the person's area (every area for an administrator), and creating one. */
@Route("plans")
@PageTitle("Skills plans | SkillsPlan")
@Menu(title = "Skills plans", order = 40, icon = "FILE_TEXT_O")
@RolesAllowed({Roles.PROVIDER, Roles.COUNCIL, Roles.ERB_LEAD, Roles.ADMIN})
public class PlansView extends Div {

    final Grid<PlanSummary> grid = new Grid<>(PlanSummary.class, false);
    final Button create = new Button("Create a plan", VaadinIcon.PLUS.create());
    private final PlanService plans;

    PlansView(PlanService plans, PlanDraftingService drafting, ReferenceDataService reference,
              CurrentUserService currentUser) {
        this.plans = plans;
        addClassName("sp-view");
        Role role = currentUser.require().role();
        add(new H1("Skills plans"), new Paragraph("A Local Skills Improvement Plan for each cycle: drafted from the "
                + "evidence, edited together, approved by the ERB lead and the council, then published."));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setVisible(role == Role.ERB_LEAD || role == Role.COUNCIL || role == Role.ADMIN);
        create.addClickListener(click -> new CreatePlanDialog(plans, drafting, reference, role == Role.ADMIN,
                created -> getUI().ifPresent(ui -> ui.navigate("plans/" + created.id()))).open());
        grid.addComponentColumn(PlansView::link).setHeader("Plan").setFlexGrow(3);
        grid.addColumn(PlanSummary::areaName).setHeader("Area").setFlexGrow(2);
        grid.addColumn(PlanSummary::cycle).setHeader("Cycle");
        grid.addColumn(p -> p.status().label()).setHeader("Status");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Skills plans");
        grid.setEmptyStateText("No plans yet." + (create.isVisible() ? " Create one for the coming cycle." : ""));
        grid.setAllRowsVisible(true);
        Div toolbar = new Div(create);
        toolbar.addClassName("sp-toolbar");
        add(toolbar, grid);
        grid.setItems(plans.plans());
    }

    private static Anchor link(PlanSummary plan) {
        Anchor link = new Anchor("plans/" + plan.id(), plan.title());
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
