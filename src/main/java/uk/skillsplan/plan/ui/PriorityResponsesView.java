package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.skillsplan.base.ui.RouteIds;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.FieldErrorBinder;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.plan.ActionRegisterService;
import uk.skillsplan.plan.PlanResponseService;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.plan.Priority;
import uk.skillsplan.plan.PriorityResponse;
import uk.skillsplan.plan.ResponseDraft;
import uk.skillsplan.security.Roles;

/**
 * A provider's response to a priority of the plan (planned action, timescale, capacity, barriers, what
 * would remove them), or a council's levers; the ERB lead may record for an organisation of the area.
 */
@Route("plans/:planId/responses")
@RolesAllowed({Roles.PROVIDER, Roles.COUNCIL, Roles.ERB_LEAD, Roles.ADMIN})
public class PriorityResponsesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Select<Priority> priority = new Select<>();
    final ComboBox<OrganisationSummary> organisation = new ComboBox<>("Organisation");
    final TextArea plannedAction = new TextArea("Planned action");
    final TextField timescale = new TextField("Timescale");
    final TextArea capacity = new TextArea("Capacity (learners, staff, places)");
    final TextArea barriers = new TextArea("Barriers");
    final TextArea removers = new TextArea("What would remove the barriers");
    final TextArea funding = new TextArea("Funding the council brings");
    final TextArea commissioning = new TextArea("Commissioning the council brings");
    final Button save = new Button("Save the response");
    final Paragraph state = new Paragraph();
    private final FieldErrorBinder errors = new FieldErrorBinder();

    private final PlanService plans;
    private final PlanResponseService responses;
    private final ActionRegisterService register;
    private PlanSummary plan;
    private Integer startedFrom;

    PriorityResponsesView(PlanService plans, PlanResponseService responses, ActionRegisterService register) {
        this.plans = plans;
        this.responses = responses;
        this.register = register;
        addClassName("sp-view");
        priority.setLabel("Priority");
        priority.setItemLabelGenerator(p -> p.rank() + ". " + p.title());
        priority.addValueChangeListener(e -> load());
        organisation.setItemLabelGenerator(OrganisationSummary::name);
        organisation.addValueChangeListener(e -> load());
        timescale.setPlaceholder("for example: from September 2027");
        for (TextArea area : List.of(plannedAction, capacity, barriers, removers, funding, commissioning)) {
            area.setMaxLength(2000);
            area.setWidthFull();
        }
        timescale.setMaxLength(200);
        errors.field("priority", priority).field("organisation", organisation).field("plannedAction", plannedAction)
                .field("timescale", timescale).field("capacity", capacity).field("barriers", barriers)
                .field("removers", removers).field("funding", funding).field("commissioning", commissioning);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = RouteIds.id(event.getRouteParameters(), "planId").orElseThrow(() -> new NotFoundException("There is no such plan."));
        plan = plans.plan(planId);
        removeAll();
        List<Priority> ranked = plans.priorities(planId);
        var back = PlanTexts.ownLine(new Anchor("plans/" + planId, "Back to the plan"));
        add(new H1("Responses to the priorities"), new Paragraph(plan.title()), back);
        if (ranked.isEmpty()) {
            add(new Paragraph("The plan has no priorities yet: once it is generated from the evidence, each provider "
                    + "and council of the area responds here."));
            return;
        }
        List<OrganisationSummary> who = register.owners(planId).stream()
                .filter(o -> o.kind() == OrganisationKind.PROVIDER || o.kind() == OrganisationKind.COUNCIL).toList();
        organisation.setItems(who);
        organisation.setVisible(who.size() > 1);
        if (!who.isEmpty()) {
            organisation.setValue(who.getFirst());
        }
        priority.setItems(ranked);
        priority.setValue(ranked.getFirst());
        add(new H2("Your response"), state, errors.formMessage(), priority, organisation, plannedAction, timescale, capacity,
                barriers, removers, funding, commissioning, save);
        load();
    }

    private void load() {
        if (priority.getValue() == null || plan == null) {
            return;
        }
        errors.clear();
        OrganisationSummary who = organisation.getValue();
        boolean council = who != null && who.kind() == OrganisationKind.COUNCIL;
        for (var field : List.of(plannedAction, capacity, barriers, removers)) {
            field.setVisible(!council);
        }
        timescale.setVisible(!council);
        funding.setVisible(council);
        commissioning.setVisible(council);
        var existing = responses.response(plan.id(), priority.getValue().sicSection(), who == null ? null : who.id());
        ResponseDraft draft = existing.map(PriorityResponse::draft).orElse(ResponseDraft.empty());
        startedFrom = existing.map(PriorityResponse::version).orElse(null);
        plannedAction.setValue(draft.plannedAction());
        timescale.setValue(draft.timescale());
        capacity.setValue(draft.capacity());
        barriers.setValue(draft.barriers());
        removers.setValue(draft.removers());
        funding.setValue(draft.funding());
        commissioning.setValue(draft.commissioning());
        state.setText(existing.map(r -> "Saved by " + r.savedBy() + " on " + PlanTexts.when(r.savedAt()) + ".")
                .orElse("No response yet" + (who == null ? "" : " from " + who.name()) + " to this priority."));
    }

    private void save() {
        OrganisationSummary who = organisation.getValue();
        try {
            PriorityResponse saved = responses.save(plan.id(), priority.getValue().sicSection(), who == null ? null : who.id(),
                    startedFrom, new ResponseDraft(plannedAction.getValue(), timescale.getValue(), capacity.getValue(),
                            barriers.getValue(), removers.getValue(), funding.getValue(), commissioning.getValue()));
            startedFrom = saved.version();
            errors.clear();
            state.setText("Saved by " + saved.savedBy() + " on " + PlanTexts.when(saved.savedAt()) + ".");
            Notices.success("The response of " + saved.organisationName() + " is saved.");
        } catch (ValidationException refused) {
            errors.show(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return "Responses to the priorities | SkillsPlan";
    }
}
