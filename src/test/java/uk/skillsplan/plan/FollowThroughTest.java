package uk.skillsplan.plan;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import uk.skillsplan.testing.ServiceTest;

/** Base for the follow-through service tests: fixed evidence in place, and plans made from it. */
abstract class FollowThroughTest extends ServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    PlanService plans;
    FollowThroughPlans make;
    FixedEvidence evidence;

    @BeforeEach
    void useFixedEvidence() {
        make = FollowThroughPlans.start(context);
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
}
