package uk.skillsplan.insight.ui;

import java.util.List;
import org.springframework.stereotype.Component;
import uk.skillsplan.base.HomeCard;
import uk.skillsplan.base.HomeCardProvider;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.CallerScope;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.response.ResponseStatus;
import uk.skillsplan.survey.SurveyRoundService;

/** Home-page cards that lead each role to its evidence page. */
@Component
class InsightHomeCards implements HomeCardProvider {

    private final CallerScope callers;
    private final SurveyRoundService rounds;
    private final ResponseService responses;

    InsightHomeCards(CallerScope callers, SurveyRoundService rounds, ResponseService responses) {
        this.callers = callers;
        this.rounds = rounds;
        this.responses = responses;
    }

    @Override
    public List<HomeCard> homeCards() {
        Caller me = callers.current().orElse(null);
        if (me == null) {
            return List.of();
        }
        return switch (me.role()) {
            case ERB_LEAD, COUNCIL -> List.of(new HomeCard("Your area's evidence", "Skill shortages, skills gaps, job "
                    + "quality, training and future needs from employers' answers, beside England's figures, down to each "
                    + "local authority and sector.", "Open the area overview", AreaOverviewView.ROUTE, 15));
            case ADMIN -> List.of(new HomeCard("Area evidence", "Choose an LSIP area to see its employers' evidence beside "
                    + "England's figures.", "Open the area overview", AreaOverviewView.ROUTE, 15));
            case PROVIDER -> List.of(new HomeCard("Employer demand", "What employers in your area need for the subjects you "
                    + "teach: sectors, occupations, skills lacking and what stops them training.", "See employer demand",
                    ProviderDemandView.ROUTE, 15));
            case EMPLOYER -> hasSubmitted() ? List.of(new HomeCard("How you compare", "Your site beside others in your "
                    + "sector and your area, and England.", "See how you compare", HowYouCompareView.ROUTE, 15)) : List.of();
        };
    }

    private boolean hasSubmitted() {
        if (callers.current().map(Caller::organisationId).isEmpty()) {
            return false;
        }
        return rounds.roundsForMe().stream().anyMatch(r -> responses.mine(r.id())
                .map(x -> x.status() != ResponseStatus.DRAFT).orElse(false));
    }
}
