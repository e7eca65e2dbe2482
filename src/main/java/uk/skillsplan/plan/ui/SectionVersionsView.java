package uk.skillsplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import uk.skillsplan.base.ui.RouteIds;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.SectionText;
import uk.skillsplan.plan.StaleSectionException;
import uk.skillsplan.plan.collaboration.CollaborationService;
import uk.skillsplan.security.Roles;

/**
 * Every saved version of a section, a readable difference between any two, and (for whoever edits
 * the section) restoring an old version as a new one: nothing is ever removed.
 */
@Route("plans/sections/:sectionId/versions")
@RolesAllowed({Roles.PROVIDER, Roles.COUNCIL, Roles.ERB_LEAD, Roles.ADMIN})
public class SectionVersionsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Grid<SectionText> versions = new Grid<>(SectionText.class, false);
    final Select<Integer> from = new Select<>();
    final Select<Integer> to = new Select<>();
    final Div difference = new Div();
    final Select<Integer> restoreChoice = new Select<>();
    final Button restore = new Button("Restore as a new version");
    final Paragraph restoreMessage = new Paragraph();
    private final PlanService plans;
    private final CollaborationService collaboration;
    private SectionText section;

    SectionVersionsView(PlanService plans, CollaborationService collaboration) {
        this.plans = plans;
        this.collaboration = collaboration;
        addClassName("sp-view");
        versions.addColumn(SectionText::number).setHeader("Version").setAutoWidth(true).setFlexGrow(0);
        versions.addColumn(v -> PlanTexts.when(v.savedAt())).setHeader("When");
        versions.addColumn(SectionText::savedBy).setHeader("By");
        versions.addColumn(SectionText::note).setHeader("How").setFlexGrow(2);
        versions.setAriaLabel("Versions");
        versions.setAllRowsVisible(true);
        versions.setEmptyStateText("Nothing saved yet.");
        versions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        from.setLabel("Compare version");
        to.setLabel("with version");
        from.setItemLabelGenerator(n -> n == 0 ? "0 (empty)" : String.valueOf(n));
        to.setItemLabelGenerator(n -> n == 0 ? "0 (empty)" : String.valueOf(n));
        from.addValueChangeListener(change -> compare());
        to.addValueChangeListener(change -> compare());
        restoreChoice.setLabel("Version to restore");
        restore.addClickListener(click -> restore());
        restoreMessage.getElement().setAttribute("role", "status");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long sectionId = RouteIds.id(event.getRouteParameters(), "sectionId")
                .orElseThrow(() -> new NotFoundException("There is no such plan section."));
        section = plans.section(sectionId);
        removeAll();
        Anchor back = new Anchor("plans/sections/" + sectionId, "Back to the section");
        back.getElement().setAttribute("router-link", true);
        Div choose = new Div(from, to);
        choose.addClassName("sp-toolbar");
        Div restoring = new Div(restoreChoice, restore);
        restoring.addClassName("sp-toolbar");
        add(back, title, new H2("Versions"), versions, new H2("Difference"), choose, difference, restoring, restoreMessage);
        refresh();
    }

    @Override
    public String getPageTitle() {
        return "Versions of " + (section == null ? "a section" : section.title()) + " | SkillsPlan";
    }

    private void refresh() {
        section = plans.section(section.sectionId());
        title.setText("Versions: " + section.title());
        List<SectionText> all = plans.versions(section.sectionId());
        versions.setItems(all);
        List<Integer> numbers = new java.util.ArrayList<>(all.stream().map(SectionText::number).toList());
        numbers.add(0);
        from.setItems(numbers);
        to.setItems(numbers);
        to.setValue(section.number());
        from.setValue(Math.max(0, section.number() - 1));
        boolean mayRestore = collaboration.ownership(section.sectionId()).mayEdit() && section.number() > 1;
        restoreChoice.setItems(all.stream().map(SectionText::number).filter(n -> n != section.number()).toList());
        restoreChoice.setVisible(mayRestore);
        restore.setVisible(mayRestore);
        compare();
    }

    private void compare() {
        difference.removeAll();
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        difference.add(DiffText.of(collaboration.difference(section.sectionId(), from.getValue(), to.getValue()),
                "Difference from version " + from.getValue() + " to version " + to.getValue()));
    }

    private void restore() {
        if (restoreChoice.getValue() == null) {
            restoreMessage.setText("Choose the version to restore first.");
            return;
        }
        try {
            SectionText saved = collaboration.restore(section.sectionId(), restoreChoice.getValue(), section.number());
            restoreMessage.setText("Version " + restoreChoice.getValue() + " is restored as version " + saved.number() + ".");
            Notices.success("Restored as version " + saved.number() + ".");
            refresh();
        } catch (StaleSectionException stale) {
            restoreMessage.setText(stale.current().savedBy() + " saved version " + stale.current().number()
                    + " meanwhile; nothing was restored. Look at the versions again and choose.");
            refresh();
        } catch (ValidationException refused) {
            restoreMessage.setText(String.join(" ", refused.fieldErrors().values()));
        }
    }
}
