package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.skillsplan.base.ui.RouteIds;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.plan.ProgressReport;
import uk.skillsplan.plan.ProgressReportService;

/** A published progress report for everyone, without signing in: one heading, then the report's own headings and table. */
@Route(value = "public/progress/:reportId", autoLayout = false)
@AnonymousAllowed
public class PublicProgressReportView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProgressReportService reports;
    private ProgressReport report;

    PublicProgressReportView(ProgressReportService reports) {
        this.reports = reports;
        addClassName("sp-view");
        addClassName("sp-public-plan");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long reportId = RouteIds.id(event.getRouteParameters(), "reportId")
                .orElseThrow(() -> new NotFoundException("There is no such progress report."));
        report = reports.published(reportId);
        removeAll();
        add(new H1(report.title()), new Paragraph(report.areaName() + ". Published progress report of the Local Skills "
                + "Improvement Plan. Figures are rounded and any that could reveal one organisation are shown as \"c\"."),
                PlanTexts.markdown(report.body(), false),
                PlanTexts.ownLine(new Anchor("public/plans/" + report.planId(), "Read the plan itself")));
    }

    @Override
    public String getPageTitle() {
        return (report == null ? "Progress report" : report.title()) + " | SkillsPlan";
    }
}
