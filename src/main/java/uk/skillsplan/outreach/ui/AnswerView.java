package uk.skillsplan.outreach.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import uk.skillsplan.base.ui.RouteIds;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.security.Roles;

/** Where a personal link leads after sign-in: the organisation's response to the round, started if need be. */
@Route("answer/:roundId")
@PageTitle("Your survey | SkillsPlan")
@RolesAllowed({Roles.EMPLOYER, Roles.PROVIDER, Roles.COUNCIL})
public class AnswerView extends Div implements BeforeEnterObserver {

    private final ResponseService responses;

    AnswerView(ResponseService responses) {
        this.responses = responses;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long roundId = RouteIds.id(event.getRouteParameters(), "roundId")
                .orElseThrow(() -> new NotFoundException("There is no such survey round."));
        event.forwardTo("response/" + responses.startOrResume(roundId).id());
    }
}
