package uk.skillsplan.insight.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.response.ResponseForm;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.survey.QuestionDefinition;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * The provider's own answers beside the employers' demand: what they teach, at which levels, and
 * what limits them, read from their organisation's own response (which only they and the ERB see).
 */
class ProviderAnswers extends Section {

    static final List<String> SHOWN = List.of("SSA_OFFERED", "LEVELS_OFFERED", "CAPACITY_LIMITS");

    /** The subjects (SSA codes) the provider said it teaches; empty when it has not answered. */
    final Set<String> subjects;

    ProviderAnswers(SurveyRoundService rounds, ResponseService responses) {
        addClassName("sp-own-answers");
        add(new H2("Your answers"));
        Optional<ResponseForm> form = latest(rounds, responses);
        if (form.isEmpty()) {
            subjects = Set.of();
            add(new Paragraph("You have not answered a provider survey yet, so this page cannot pick out the sectors "
                    + "your subjects serve. Answer it and your subjects, levels and limits appear here."),
                    new Anchor("surveys", "Go to your surveys"));
            return;
        }
        ResponseForm f = form.get();
        subjects = f.answers().chosen("SSA_OFFERED");
        add(new Paragraph("From your answers to " + f.round().title() + " (" + f.response().status().label().toLowerCase() + ")."));
        DescriptionList list = new DescriptionList();
        for (String code : SHOWN) {
            f.questionnaire().question(code).ifPresent(q -> list.add(new DescriptionList.Term(q.text()),
                    new DescriptionList.Description(chosen(q, f.answers().chosen(code)))));
        }
        add(list);
    }

    private static String chosen(QuestionDefinition question, Set<String> codes) {
        if (codes.isEmpty()) {
            return "Not answered";
        }
        return question.options().stream().filter(o -> codes.contains(o.code())).map(o -> o.label())
                .collect(Collectors.joining("; "));
    }

    private static Optional<ResponseForm> latest(SurveyRoundService rounds, ResponseService responses) {
        return rounds.roundsForMe().stream()
                .filter(r -> r.audience().contains(OrganisationKind.PROVIDER))
                .sorted(Comparator.comparing(SurveyRoundSummary::opensOn).reversed())
                .flatMap(r -> responses.mine(r.id()).stream())
                .findFirst()
                .map(summary -> responses.open(summary.id()));
    }
}
