package uk.skillsplan.plan;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.plan.domain.EvidenceSource;
import uk.skillsplan.testing.ServiceTest;

/** Base for the follow-through service tests: fixed evidence in place, and plans made from it. */
abstract class FollowThroughTest extends ServiceTest {

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
}
