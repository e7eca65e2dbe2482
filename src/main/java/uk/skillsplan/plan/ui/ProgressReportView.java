package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
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
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.PlanStatus;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.plan.ProgressReport;
import uk.skillsplan.plan.ProgressReportService;
import uk.skillsplan.security.Roles;

/**
 * This year's progress report of a published plan: the ERB lead generates it from the action register
 * and the evidence now, edits it in Markdown, downloads it as DOCX or PDF and publishes it.
 */
@Route("plans/:planId/progress")
@RolesAllowed({Roles.PROVIDER, Roles.COUNCIL, Roles.ERB_LEAD, Roles.ADMIN})
public class ProgressReportView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final Paragraph state = new Paragraph();
    final Button generate = new Button("Generate this year's report");
    final Button save = new Button("Save the report");
    final Button publish = new Button("Publish the report");
    final TextArea body = new TextArea("Report text (Markdown)");
    final Div preview = new Div();
    final Div downloads = new Div();
    private final FieldErrorBinder errors = new FieldErrorBinder();

    private final PlanService plans;
    private final ProgressReportService reports;
    private PlanSummary plan;
    private ProgressReport report;

    ProgressReportView(PlanService plans, ProgressReportService reports) {
        this.plans = plans;
        this.reports = reports;
        addClassName("sp-view");
        body.setWidthFull();
        body.setMinHeight("20em");
        errors.field("body", body);
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(click -> act(() -> reports.generate(plan.id()), "The report is generated from the register and the evidence now."));
        save.addClickListener(click -> act(() -> reports.save(report.id(), report.number(), body.getValue()), "The report is saved."));
        publish.addClickListener(click -> act(() -> reports.publish(report.id()), "The report is published."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = RouteIds.id(event.getRouteParameters(), "planId").orElseThrow(() -> new NotFoundException("There is no such plan."));
        plan = plans.plan(planId);
        removeAll();
        Div steps = new Div(generate, save, publish);
        steps.addClassName("sp-toolbar");
        add(new H1("Progress reports"), new Paragraph(plan.title()), PlanTexts.ownLine(new Anchor("plans/" + planId, "Back to the plan")), state,
                errors.formMessage(), steps, downloads, body, new H2("Preview"), preview);
        List<ProgressReport> all = reports.reports(planId);
        report = all.isEmpty() ? null : all.getFirst();
        refresh();
    }

    private void refresh() {
        boolean lead = reports.leads(plan.id());
        boolean writer = reports.edits(plan.id());
        boolean published = plan.status() == PlanStatus.PUBLISHED;
        boolean open = report != null && !report.published();
        generate.setVisible(lead && published && (report == null || open));
        save.setVisible(writer && open);
        publish.setVisible(lead && open);
        body.setVisible(report != null);
        body.setReadOnly(!(writer && open));
        downloads.removeAll();
        preview.removeAll();
        if (!published) {
            state.setText("A progress report follows a published plan; this plan is " + plan.status().label().toLowerCase() + ".");
        } else if (report == null) {
            state.setText("No progress report yet." + (lead ? " Generate one from the action register and the evidence now." : ""));
        }
        if (report == null) {
            return;
        }
        state.setText(report.title() + ". Version " + report.number() + ", saved by " + report.savedBy() + " on "
                + PlanTexts.when(report.savedAt()) + (report.published() ? ". Published on " + PlanTexts.when(report.publishedAt()) + "." : ". Not published yet."));
        body.setValue(report.body());
        preview.add(PlanTexts.markdown(report.body(), false));
        long id = report.id();
        downloads.add(PlanDownloads.documents(ProgressReportService.fileName(report), out -> reports.docx(id, out),
                out -> reports.pdf(id, out)).toArray(com.vaadin.flow.component.Component[]::new));
        if (report.published()) {
            downloads.add(PlanTexts.ownLine(new Anchor("public/progress/" + id, "Open the public page")));
        }
    }

    private void act(java.util.function.Supplier<ProgressReport> step, String done) {
        try {
            report = step.get();
            errors.clear();
            Notices.success(done);
            refresh();
        } catch (ValidationException refused) {
            errors.show(refused);
        }
    }

    @Override
    public String getPageTitle() {
        return "Progress reports | SkillsPlan";
    }
}
