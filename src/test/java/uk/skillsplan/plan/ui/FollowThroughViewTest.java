package uk.skillsplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.plan.FixedEvidence;
import uk.skillsplan.plan.FollowThroughPlans;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.testing.KaribuTest;

/** Base for the follow-through pages' tests: fixed evidence in place, and plans with priorities made from it. */
abstract class FollowThroughViewTest extends KaribuTest {

    @Autowired
    PlanService plans;
    FollowThroughPlans make;
    FixedEvidence evidence;

    @BeforeEach
    void useFixedEvidence() {
        make = FollowThroughPlans.start(applicationContext);
        evidence = make.evidence();
    }

    @AfterEach
    void resetEvidence() {
        make.stop();
    }

    PlanSummary generated() {
        return make.generated();
    }

    PlanSummary published() {
        return make.published();
    }

    static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }
}
