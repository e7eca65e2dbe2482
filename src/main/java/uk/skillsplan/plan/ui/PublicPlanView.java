package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import uk.skillsplan.base.ui.RouteIds;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.plan.PlanDocument;
import uk.skillsplan.plan.PublishedPlanService;
import uk.skillsplan.plan.SectionText;

/**
 * A published plan for everyone, without signing in: one heading per section in order, a contents
 * list, tables with header cells; figures as the text states them (evidence links become plain words).
 */
@Route(value = "public/plans/:planId", autoLayout = false)
@AnonymousAllowed
public class PublicPlanView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PublishedPlanService published;
    private PlanDocument plan;

    PublicPlanView(PublishedPlanService published) {
        this.published = published;
        addClassName("sp-view");
        addClassName("sp-public-plan");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long planId = RouteIds.id(event.getRouteParameters(), "planId")
                .orElseThrow(() -> new NotFoundException("There is no such plan."));
        plan = published.published(planId);
        removeAll();
        add(new H1(plan.title()), new Paragraph(plan.areaName() + ", " + plan.cycle() + ". Published Local Skills "
                + "Improvement Plan. Figures are rounded and any that could reveal one organisation are not shown."));
        OrderedList contents = new OrderedList();
        for (SectionText section : plan.sections()) {
            contents.add(new ListItem(new Anchor("public/plans/" + planId + "#section-" + section.sectionId(), section.title())));
        }
        Nav nav = new Nav(new H2("Contents"), contents);
        nav.getElement().setAttribute("aria-label", "Contents");
        add(nav);
        for (SectionText section : plan.mainBody()) {
            add(section(section));
        }
        if (!plan.responses().isEmpty()) {
            Section answers = new Section(new H2(PlanDocument.RESPONSES_TITLE));
            answers.add(PriorityResponsesPanel.list(plan.priorities(), plan.responses()));
            add(answers);
        }
        for (SectionText section : plan.annexes()) {
            add(section(section));
        }
    }

    private static Section section(SectionText text) {
        Section section = new Section();
        H2 heading = new H2(text.title());
        heading.setId("section-" + text.sectionId());
        section.add(heading);
        section.add(text.empty() ? new Paragraph("This section has not been written.") : PlanTexts.markdown(text.body(), false));
        return section;
    }

    @Override
    public String getPageTitle() {
        return (plan == null ? "Skills plan" : plan.title()) + " | SkillsPlan";
    }
}
