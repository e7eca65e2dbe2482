package uk.skillsplan.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.plan.NewPlan;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.plan.collaboration.CollaborationService;
import uk.skillsplan.testing.KaribuTest;

class NotificationsViewTest extends KaribuTest {

    @Autowired
    PlanService plans;

    @Autowired
    CollaborationService collaboration;

    @Test
    void a_mention_is_counted_in_the_layout_and_listed_with_a_link_to_the_section() {
        login("erb");
        PlanSummary plan = plans.create(new NewPlan(null, 2075, 2078, List.of(), null));
        long section = plans.sections(plan.id()).getFirst().sectionId();
        long provider = collaboration.participants(plan.id()).stream().filter(p -> p.name().equals("Aire Valley College"))
                .findFirst().orElseThrow().id();
        collaboration.comment(section, "Aire Valley: how many welding places next year?", List.of(provider));

        login("provider");
        navigate("notifications");

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(NotificationsView.class);
        NotificationsView view = _get(NotificationsView.class);
        assertThat(view.list.getElement().getTextRecursively()).contains("Mention: Sam Whitaker mentioned your organisation")
                .contains("how many welding places");
        assertThat(view.list.getChildren().flatMap(item -> item.getChildren()).filter(Anchor.class::isInstance)
                .map(a -> ((Anchor) a).getHref())).contains("plans/sections/" + section);
        MainLayout layout = (MainLayout) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getLast();
        assertThat(layout.needsYou.getText()).matches("Needs you \\(\\d+\\)");
        assertThat(layout.needsYou.getText()).isNotEqualTo("Needs you (0)");
        assertThat(layout.needsYou.getElement().getAttribute("aria-label")).contains("need").contains("you");
    }

    @Test
    void nothing_waiting_says_so() {
        login("employer");
        navigate("notifications");

        assertThat(_get(NotificationsView.class).getElement().getTextRecursively()).contains("Nothing needs you now.");
        MainLayout layout = (MainLayout) UI.getCurrent().getInternals().getActiveRouterTargetsChain().getLast();
        assertThat(layout.needsYou.getText()).isEqualTo("Needs you (0)");
    }
}
