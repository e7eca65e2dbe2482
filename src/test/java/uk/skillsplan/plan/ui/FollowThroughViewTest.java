package uk.skillsplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.plan.FixedEvidence;
import uk.skillsplan.plan.FollowThroughPlans;
import uk.skillsplan.plan.PlanDraftingService;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.PlanSignOffService;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.plan.domain.EvidenceSource;
import uk.skillsplan.testing.KaribuTest;

/** Base for the follow-through pages' tests: fixed evidence in place, and plans with priorities made from it. */
abstract class FollowThroughViewTest extends KaribuTest {

    final FixedEvidence evidence = new FixedEvidence();
    @Autowired
    EvidenceSource evidenceSource;
    @Autowired
    PlanService plans;
    @Autowired
    PlanDraftingService drafting;
    @Autowired
    PlanSignOffService signOff;
    FollowThroughPlans make;

    @BeforeEach
    void useFixedEvidence() {
        evidenceSource.useFixedEvidence(evidence);
        make = new FollowThroughPlans(plans, drafting, signOff, evidence, evidenceSource);
    }

    @AfterEach
    void resetEvidence() {
        evidenceSource.useEngine();
        evidence.reset();
    }

    PlanSummary generated() {
        return make.generated(userDetailsService);
    }

    PlanSummary published() {
        return make.published(userDetailsService);
    }

    static void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }
}
