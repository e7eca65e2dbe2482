package uk.skillsplan.plan.ui;

import java.util.List;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.plan.NewPlan;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.plan.collaboration.CollaborationService;
import uk.skillsplan.testing.KaribuTest;

/** A plan's first section, written once and owned by the demo council: the set-up the collaboration views share. */
abstract class CollaborationPages extends KaribuTest {

    @Autowired
    PlanService plans;

    @Autowired
    CollaborationService collaboration;

    long sectionOwnedByTheCouncil(int cycleStart) {
        login("erb");
        PlanSummary plan = plans.create(new NewPlan(null, cycleStart, cycleStart + 3, List.of(), null));
        long section = plans.sections(plan.id()).getFirst().sectionId();
        plans.save(section, 0, "Employers need more welders.");
        long council = collaboration.participants(plan.id()).stream().filter(p -> p.name().equals("Leeds City Council (demo)"))
                .findFirst().orElseThrow().id();
        collaboration.assignOwner(section, council);
        return section;
    }
}
