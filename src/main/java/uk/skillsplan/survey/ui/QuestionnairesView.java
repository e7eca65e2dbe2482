package uk.skillsplan.survey.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import uk.skillsplan.security.Roles;
import uk.skillsplan.survey.QuestionDefinition;
import uk.skillsplan.survey.QuestionnaireDefinition;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.QuestionnaireVersionSummary;
import uk.skillsplan.survey.SectionDefinition;

/** The published questionnaires, with every question's stable code, for ERB leads and administrators. */
@Route("questionnaires")
@PageTitle("Questionnaires | SkillsPlan")
@Menu(title = "Questionnaires", order = 30, icon = "LIST")
@RolesAllowed({Roles.ERB_LEAD, Roles.ADMIN})
public class QuestionnairesView extends Div {

    final Grid<QuestionnaireVersionSummary> grid = new Grid<>(QuestionnaireVersionSummary.class, false);
    final Div preview = new Div();

    QuestionnairesView(QuestionnaireService questionnaires) {
        addClassName("sp-view");
        add(new H1("Questionnaires"), new Paragraph("National core questionnaires. A published version never "
                + "changes; a new version keeps the codes of unchanged questions, so answers stay comparable."));
        grid.addColumn(QuestionnaireVersionSummary::title).setHeader("Questionnaire").setFlexGrow(2);
        grid.addColumn(QuestionnaireVersionSummary::code).setHeader("Code");
        grid.addColumn(QuestionnaireVersionSummary::versionNumber).setHeader("Version");
        grid.addColumn(v -> v.audience().label()).setHeader("Asked of");
        grid.addColumn(QuestionnaireVersionSummary::questionCount).setHeader("Questions");
        grid.setItems(questionnaires.versions());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Published questionnaires");
        grid.addSelectionListener(e -> e.getFirstSelectedItem()
                .ifPresent(v -> show(questionnaires.definition(v.id()))));
        add(grid, preview);
    }

    void show(QuestionnaireDefinition definition) {
        preview.removeAll();
        preview.add(new H2(definition.title() + " (version " + definition.version() + ")"));
        if (definition.description() != null) {
            preview.add(new Paragraph(definition.description()));
        }
        for (SectionDefinition section : definition.sections()) {
            OrderedList questions = new OrderedList();
            for (QuestionDefinition q : section.questions()) {
                ListItem item = new ListItem(new Span(q.text()));
                Span meta = new Span(" [" + q.code() + ", " + q.type().name().toLowerCase().replace('_', ' ')
                        + (q.required() ? ", required" : "") + (q.showIf() == null ? ""
                        : ", shown if " + q.showIf().question() + " is " + String.join(" or ", q.showIf().anyOf())) + "]");
                meta.addClassName("sp-help");
                item.add(meta);
                questions.add(item);
            }
            preview.add(new Details(section.title() + " (" + section.questions().size() + " questions)", questions));
        }
        if (!definition.rules().isEmpty()) {
            preview.add(new Details("Checks across questions (" + definition.rules().size() + ")", new Paragraph(
                    definition.rules().stream().map(r -> r.message()).collect(Collectors.joining(" ")))));
        }
    }
}
