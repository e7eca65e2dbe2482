package uk.skillsplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.plan.NewPlan;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.testing.KaribuTest;

class PlansViewTest extends KaribuTest {

    @Autowired
    PlanService plans;

    @Test
    void a_council_officer_creates_a_plan_for_a_cycle_and_lands_on_it() {
        login("council");
        navigate("plans");

        _click(_get(Button.class, spec -> spec.withText("Create a plan")));
        CreatePlanDialog dialog = _get(CreatePlanDialog.class);
        _setValue(dialog.cycleStart, 2031);
        _setValue(dialog.cycleEnd, 2034);
        // The demo area's business population is offered, newest chosen; the plan records the one chosen.
        var population = dialog.imports.population.getValue();
        _click(dialog.create);

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(PlanView.class);
        assertThat(_get(PlanView.class).title.getText()).startsWith("Local Skills Improvement Plan 2031-2034: ");
        assertThat(plans.plans().stream().filter(p -> p.cycleStart() == 2031).findFirst().orElseThrow().populationImportId())
                .isEqualTo(population == null ? null : population.id());
    }

    @Test
    void a_cycle_ending_before_it_starts_shows_the_error_next_to_the_field_and_creates_nothing() {
        login("erb");
        navigate("plans");
        int before = plans.plans().size();

        _click(_get(Button.class, spec -> spec.withText("Create a plan")));
        CreatePlanDialog dialog = _get(CreatePlanDialog.class);
        _setValue(dialog.cycleStart, 2030);
        _setValue(dialog.cycleEnd, 2028);
        _click(dialog.create);

        IntegerField end = dialog.cycleEnd;
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).contains("one to five years after it starts");
        assertThat(plans.plans()).hasSize(before);
    }

    @Test
    void a_provider_sees_the_plans_of_their_area_but_cannot_create_one() {
        login("council");
        PlanSummary plan = plans.create(new NewPlan(null, 2032, 2035, List.of(), null));
        login("provider");
        navigate("plans");

        _assertNone(Button.class, spec -> spec.withText("Create a plan"));
        @SuppressWarnings("unchecked")
        var grid = (com.vaadin.flow.component.grid.Grid<PlanSummary>) _get(PlansView.class).grid;
        assertThat(GridKt._findAll(grid)).extracting(PlanSummary::id).contains(plan.id());
    }
}
