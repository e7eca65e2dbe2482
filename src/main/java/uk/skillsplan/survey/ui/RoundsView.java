package uk.skillsplan.survey.ui;

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
import java.util.stream.Collectors;
import uk.skillsplan.base.Dates;
import uk.skillsplan.security.CurrentUserService;
import uk.skillsplan.security.Role;
import uk.skillsplan.security.Roles;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/** The survey rounds an ERB lead runs in their area (all areas for an administrator). */
@Route("rounds")
@PageTitle("Survey rounds | SkillsPlan")
@Menu(title = "Survey rounds", order = 20, icon = "CALENDAR_CLOCK")
@RolesAllowed({Roles.ERB_LEAD, Roles.ADMIN})
public class RoundsView extends Div {

    final Grid<SurveyRoundSummary> grid = new Grid<>(SurveyRoundSummary.class, false);
    final Button open = new Button("Open a round", VaadinIcon.PLUS.create());
    private final SurveyRoundService rounds;

    RoundsView(SurveyRoundService rounds, QuestionnaireService questionnaires, CurrentUserService currentUser) {
        this.rounds = rounds;
        addClassName("sp-view");
        add(new H1("Survey rounds"), new Paragraph("A round asks one questionnaire of the employers, colleges or "
                + "councils of your area between two dates. Select a round to follow its responses, chase those who "
                + "have not answered, export or import responses, or extend it."));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setVisible(currentUser.require().is(Role.ERB_LEAD));
        open.addClickListener(click -> new OpenRoundDialog(rounds, questionnaires, this::refresh).open());
        // Each round's name is a link, so that keyboard and screen-reader users can open it too
        // (a click on the row, which Vaadin's grid offers only to the mouse, still works).
        grid.addComponentColumn(RoundsView::link).setHeader("Round").setFlexGrow(2);
        grid.addColumn(r -> r.questionnaireTitle() + " v" + r.questionnaireVersion()).setHeader("Questionnaire").setFlexGrow(2);
        grid.addColumn(r -> r.audience().stream().map(k -> k.label()).collect(Collectors.joining(", "))).setHeader("Asked");
        grid.addColumn(r -> Dates.format(r.opensOn())).setHeader("Opens");
        grid.addColumn(r -> Dates.format(r.closesOn())).setHeader("Closes");
        grid.addColumn(r -> r.status().label()).setHeader("Status");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel("Survey rounds");
        grid.setEmptyStateText("No rounds yet. Open a round to start collecting evidence.");
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("rounds/" + e.getItem().id())));
        grid.setAllRowsVisible(true);
        Div toolbar = new Div(open);
        toolbar.addClassName("sp-toolbar");
        add(toolbar, grid);
        refresh();
    }

    private static Anchor link(SurveyRoundSummary round) {
        Anchor link = new Anchor("rounds/" + round.id(), round.title());
        // Navigate inside the running app rather than reloading the page.
        link.getElement().setAttribute("router-link", true);
        return link;
    }

    private void refresh() {
        grid.setItems(rounds.managedRounds());
    }
}
