package uk.skillsplan.response.ui;

import uk.skillsplan.base.Dates;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.base.ui.Notices;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.response.ResponseSummary;
import uk.skillsplan.security.Roles;
import uk.skillsplan.survey.RoundStatus;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/** Respondents' list of the surveys their organisation is asked to answer, with where they are in each. */
@Route("surveys")
@PageTitle("Your surveys | SkillsPlan")
@Menu(title = "Your surveys", order = 10, icon = "CLIPBOARD_TEXT")
@RolesAllowed({Roles.EMPLOYER, Roles.PROVIDER, Roles.COUNCIL})
public class MySurveysView extends Div {

    MySurveysView(SurveyRoundService rounds, ResponseService responses) {
        addClassName("sp-view");
        add(new H1("Your surveys"));
        List<SurveyRoundSummary> mine = rounds.roundsForMe();
        if (mine.isEmpty()) {
            add(new Paragraph("Your area has no survey for your organisation yet. When your Employer Representative "
                    + "Body opens one, it will appear here and on your home page."));
            return;
        }
        Div cards = new Div();
        cards.addClassName("sp-card-grid");
        for (SurveyRoundSummary round : mine) {
            cards.add(card(round, responses.mine(round.id()), responses));
        }
        add(cards);
    }

    private static Section card(SurveyRoundSummary round, Optional<ResponseSummary> response, ResponseService responses) {
        Section card = new Section(new H2(round.title()));
        card.addClassName("sp-card");
        card.add(new Paragraph(round.questionnaireTitle() + ". " + dates(round)));
        card.add(new Paragraph("Your answers: " + response.map(r -> r.status().label()).orElse("not started")));
        if (round.isOpen() || response.isPresent()) {
            String action = response.isEmpty() ? "Start" : round.isOpen() ? "Continue" : "View your answers";
            // The card's heading already names the survey: the button says only what it does (a long
            // label overflowed the card), while screen readers still hear which survey it opens.
            Button open = new Button(action, click -> {
                try {
                    long id = response.map(ResponseSummary::id).orElseGet(() -> responses.startOrResume(round.id()).id());
                    card.getUI().ifPresent(ui -> ui.navigate("response/" + id));
                } catch (ValidationException refused) {
                    Notices.error(String.join(" ", refused.fieldErrors().values()));
                }
            });
            open.setAriaLabel(action + ": " + round.title());
            open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            card.add(open);
        }
        return card;
    }

    static String dates(SurveyRoundSummary round) {
        return round.status() == RoundStatus.OPEN ? "Open until " + Dates.format(round.closesOn()) + "."
                : round.status() == RoundStatus.CLOSED ? "Closed on " + Dates.format(round.closesOn()) + "."
                : "Opens on " + Dates.format(round.opensOn()) + ".";
    }
}
