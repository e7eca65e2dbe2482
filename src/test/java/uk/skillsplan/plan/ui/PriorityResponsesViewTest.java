package uk.skillsplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.plan.PlanResponseService;
import uk.skillsplan.plan.PlanSummary;

class PriorityResponsesViewTest extends FollowThroughViewTest {

    @Autowired
    PlanResponseService responses;

    @Test
    void a_provider_records_its_response_and_the_plan_shows_it_under_the_priority() {
        PlanSummary plan = generated();
        login("provider");
        navigate("plans/" + plan.id() + "/responses");
        PriorityResponsesView view = _get(PriorityResponsesView.class);

        assertThat(view.organisation.isVisible()).isFalse();
        assertThat(view.funding.isVisible()).isFalse();
        _setValue(view.plannedAction, "Level 3 groundworks from 2027");
        _setValue(view.timescale, "from September 2027");
        _setValue(view.barriers, "Too few assessors");
        click("Save the response");

        assertThat(view.state.getText()).startsWith("Saved by Tom Okafor");
        navigate("plans/" + plan.id());
        assertThat(_get(ListItem.class, spec -> spec.withText("Aire Valley College: Planned action: Level 3 groundworks from 2027. "
                + "Timescale: from September 2027. Barriers: Too few assessors."))).isNotNull();
    }

    @Test
    void missing_fields_are_named_next_to_them_and_nothing_is_saved() {
        PlanSummary plan = generated();
        login("provider");
        navigate("plans/" + plan.id() + "/responses");
        PriorityResponsesView view = _get(PriorityResponsesView.class);

        click("Save the response");

        assertThat(view.plannedAction.isInvalid()).isTrue();
        assertThat(view.timescale.getErrorMessage()).contains("by when");
        assertThat(responses.responses(plan.id())).isEmpty();
    }

    @Test
    void a_council_officer_sees_the_levers_instead_of_the_providers_fields() {
        PlanSummary plan = generated();
        login("council");
        navigate("plans/" + plan.id() + "/responses");
        PriorityResponsesView view = _get(PriorityResponsesView.class);

        assertThat(view.funding.isVisible()).isTrue();
        assertThat(view.plannedAction.isVisible()).isFalse();
        _setValue(view.funding, "Adult skills fund: 200 places");
        click("Save the response");

        assertThat(responses.responses(plan.id())).singleElement()
                .satisfies(r -> assertThat(r.draft().funding()).isEqualTo("Adult skills fund: 200 places"));
    }

    @Test
    void the_public_page_of_a_published_plan_shows_the_responses_under_each_priority() {
        PlanSummary plan = published();
        uk.skillsplan.testing.SignIn.as(userDetailsService, "provider");
        String priority = plans.priorities(plan.id()).getFirst().sicSection();
        responses.save(plan.id(), priority, null, null, new uk.skillsplan.plan.ResponseDraft("Evening courses",
                "from 2027", "", "", "", "", ""));
        uk.skillsplan.testing.SignIn.out();

        navigate("public/plans/" + plan.id());

        assertThat(_get(com.vaadin.flow.component.html.H2.class, spec -> spec.withText("Responses to the priorities"))).isNotNull();
        assertThat(_get(ListItem.class, spec -> spec.withText("Aire Valley College: Planned action: Evening courses. "
                + "Timescale: from 2027."))).isNotNull();
    }
}
