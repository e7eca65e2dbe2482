package uk.skillsplan.response.ui;

import uk.skillsplan.response.ProgressRow;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.response.RoundProgressService;
import uk.skillsplan.base.Dates;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.skillsplan.base.HomeCard;
import uk.skillsplan.base.HomeCardProvider;
import uk.skillsplan.security.CurrentUser;
import uk.skillsplan.security.CurrentUserService;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/** Home-page suggestions about surveys: what to answer for respondents, how rounds are going for the ERB. */
@Component
class SurveyHomeCards implements HomeCardProvider {

    private final CurrentUserService currentUser;
    private final SurveyRoundService rounds;
    private final ResponseService responses;
    private final RoundProgressService progress;

    SurveyHomeCards(CurrentUserService currentUser, SurveyRoundService rounds, ResponseService responses,
                    RoundProgressService progress) {
        this.currentUser = currentUser;
        this.rounds = rounds;
        this.responses = responses;
        this.progress = progress;
    }

    @Override
    public List<HomeCard> homeCards() {
        CurrentUser me = currentUser.current().orElse(null);
        if (me == null || me.organisationId() == null) {
            return List.of();
        }
        List<HomeCard> cards = new ArrayList<>();
        if (me.is(Role.EMPLOYER) || me.is(Role.PROVIDER) || me.is(Role.COUNCIL)) {
            for (SurveyRoundSummary round : rounds.roundsForMe()) {
                if (!round.isOpen()) {
                    continue;
                }
                String state = responses.mine(round.id()).map(r -> r.status().label().toLowerCase()).orElse("not started");
                cards.add(new HomeCard(round.title(), "Open until " + Dates.format(round.closesOn()) + ". Your answers: " + state
                        + ". Your answers are saved as you go, and you can change them until the survey closes.",
                        "Go to your surveys", "surveys", 1));
            }
            if (cards.isEmpty()) {
                cards.add(HomeCard.info("No survey to answer", "There is no open survey for your organisation right now. "
                        + "When your Employer Representative Body opens one, it will appear here.", 1));
            }
        } else if (me.is(Role.ERB_LEAD)) {
            List<SurveyRoundSummary> managed = rounds.managedRounds();
            if (managed.isEmpty()) {
                cards.add(new HomeCard("Survey rounds", "No survey round is open in your area yet. Open one so that "
                        + "employers, colleges and councils can give their evidence.", "Open a round", "rounds", 5));
            }
            managed.stream().filter(SurveyRoundSummary::isOpen).forEach(round -> {
                ProgressRow total = progress.total(round.id());
                cards.add(new HomeCard(round.title(), total.submitted() + " of " + total.invited()
                        + " organisations have submitted (" + total.submittedPercent() + "%); " + (total.started() - total.submitted())
                        + " have started. Open until " + Dates.format(round.closesOn()) + ".", "Follow progress", "rounds/" + round.id(), 5));
            });
        }
        return cards;
    }
}
