package uk.skillsplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.plan.ActionFilter;
import uk.skillsplan.plan.ActionRegisterService;
import uk.skillsplan.plan.ActionStatus;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.plan.Priority;
import uk.skillsplan.testing.Benchmarks;
import uk.skillsplan.testing.SignIn;

/**
 * The action register with 5,000 actions (docs/benchmarks.md, section I): the first page of 50 and
 * its count through the service, unfiltered and filtered (priority + late), and the register page's
 * first render in Karibu (view built, first page fetched by the lazy grid). Target: under 500 ms.
 * Size from {@code -Dskillsplan.benchmark.actions}.
 */
@Tag("benchmark")
class ActionRegisterBenchmarkTest extends FollowThroughViewTest {

    private static final int ACTIONS = Integer.getInteger("skillsplan.benchmark.actions", 5_000);
    private static final int RUNS = 20;

    @Autowired
    ActionRegisterService register;
    @Autowired
    OrganisationService organisations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_first_page_of_five_thousand_actions() {
        PlanSummary plan = generated();
        long council = organisations.mine().orElseThrow().id();
        List<Priority> priorities = plans.priorities(plan.id());
        ActionStatus[] statuses = ActionStatus.settable().toArray(ActionStatus[]::new);
        long started = System.nanoTime();
        LocalDate base = LocalDate.of(2026, 1, 1);
        for (int i = 0; i < ACTIONS; i++) {
            long id = jdbc.sql("select nextval('entity_seq')").query(Long.class).single();
            jdbc.sql("insert into plan_action (id, version, plan_id, sic_section, owner_id, owner_name, owner_kind, title, "
                            + "start_date, due_date, status, created_by, created_at) values (?, 0, ?, ?, ?, ?, 'COUNCIL', ?, ?, ?, ?, "
                            + "'benchmark', current_timestamp)")
                    .params(id, plan.id(), priorities.get(i % priorities.size()).sicSection(), council, "Leeds City Council (demo)",
                            "Action " + i, base.plusDays(i % 365), base.plusDays(i % 365 + 30 + i % 700),
                            statuses[i % statuses.length].name()).update();
        }
        Benchmarks.report("action register setup: %d actions in %.1f s", ACTIONS, (System.nanoTime() - started) / 1e9);
        ActionFilter filtered = new ActionFilter(priorities.getFirst().sicSection(), null, ActionStatus.LATE);

        for (ActionFilter filter : List.of(ActionFilter.none(), filtered)) {
            for (int i = 0; i < 5; i++) {
                register.page(plan.id(), filter, 0, 50);
                register.count(plan.id(), filter);
            }
            List<Long> times = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long t = System.nanoTime();
                assertThat(register.page(plan.id(), filter, 0, 50)).isNotEmpty();
                register.count(plan.id(), filter);
                times.add(System.nanoTime() - t);
            }
            Benchmarks.report("action register service, first page of 50 + count, %d actions, %s: %s", ACTIONS,
                    filter == filtered ? "filtered (priority + late)" : "unfiltered", Benchmarks.Stats.of(times));
        }

        List<Long> renders = new ArrayList<>();
        for (int i = 0; i < RUNS + 5; i++) {
            login("council");
            long t = System.nanoTime();
            navigate("plans/" + plan.id() + "/actions");
            ActionRegisterView view = _get(ActionRegisterView.class);
            assertThat(GridKt._size(view.grid)).isEqualTo(ACTIONS);
            assertThat(GridKt._get(view.grid, 0).title()).isNotBlank();
            if (i >= 5) {
                renders.add(System.nanoTime() - t);
            }
            navigate("plans");
        }
        Benchmarks.report("action register view, Karibu first render (view + count + first page), %d actions: %s", ACTIONS,
                Benchmarks.Stats.of(renders));
        SignIn.out();
    }
}
