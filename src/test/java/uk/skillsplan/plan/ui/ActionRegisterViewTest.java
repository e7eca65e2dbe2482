package uk.skillsplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.html.Anchor;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.plan.ActionDraft;
import uk.skillsplan.plan.ActionFilter;
import uk.skillsplan.plan.ActionItem;
import uk.skillsplan.plan.ActionRegisterService;
import uk.skillsplan.plan.ActionStatus;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.testing.SignIn;

class ActionRegisterViewTest extends FollowThroughViewTest {

    static final LocalDate START = LocalDate.of(2026, 9, 1);

    @Autowired
    ActionRegisterService register;

    @Test
    void a_provider_adds_an_action_and_the_lazy_grid_shows_it() {
        PlanSummary plan = generated();
        login("provider");
        navigate("plans/" + plan.id() + "/actions");
        ActionRegisterView view = _get(ActionRegisterView.class);

        assertThat(view.owner.isVisible()).isFalse();
        _setValue(view.title, "Open a groundworks course");
        _setValue(view.start, START);
        _setValue(view.due, START.plusMonths(10));
        click("Add the action");

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        assertThat(GridKt._get(view.grid, 0).ownerName()).isEqualTo("Aire Valley College");
        assertThat(_find(Anchor.class, spec -> spec.withText("Download these actions as CSV"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withText("Download these actions as Excel (XLSX)"))).hasSize(1);
    }

    @Test
    void a_due_date_before_the_start_is_refused_next_to_the_field() {
        PlanSummary plan = generated();
        login("provider");
        navigate("plans/" + plan.id() + "/actions");
        ActionRegisterView view = _get(ActionRegisterView.class);

        _setValue(view.title, "Backwards");
        _setValue(view.start, START);
        _setValue(view.due, START.minusDays(1));
        click("Add the action");

        assertThat(view.due.isInvalid()).isTrue();
        assertThat(view.due.getErrorMessage()).contains("before the start date");
        assertThat(register.count(plan.id(), ActionFilter.none())).isZero();
    }

    @Test
    void filters_narrow_the_grid_and_a_chosen_action_takes_a_note_and_a_new_status() {
        PlanSummary plan = generated();
        SignIn.as(userDetailsService, "provider");
        String first = plans.priorities(plan.id()).getFirst().sicSection();
        register.add(plan.id(), new ActionDraft(first, null, "Done one", START, START.plusMonths(1), ActionStatus.DONE));
        ActionItem open = register.add(plan.id(), new ActionDraft(null, null, "Open one", START, START.plusMonths(12), ActionStatus.PLANNED));
        login("provider");
        navigate("plans/" + plan.id() + "/actions");
        ActionRegisterView view = _get(ActionRegisterView.class);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);

        _setValue(view.statusFilter, ActionStatus.DONE);
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        _setValue(view.statusFilter, null);
        _setValue(view.priorityFilter, plans.priorities(plan.id()).getFirst());
        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        _setValue(view.priorityFilter, ActionRegisterView.ANY);

        view.grid.select(open);
        view.progress.show(open);
        _setValue(view.progress.note, "Room booked");
        click("Add the note");
        _setValue(view.progress.status, ActionStatus.IN_PROGRESS);
        click("Save the status");

        assertThat(register.action(open.id()).status()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(register.action(open.id()).latestNote()).endsWith("Room booked");
    }
}
