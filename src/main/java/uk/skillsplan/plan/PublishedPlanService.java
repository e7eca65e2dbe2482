package uk.skillsplan.plan;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.plan.domain.Plan;
import uk.skillsplan.plan.domain.PlanDocuments;
import uk.skillsplan.plan.domain.PlanRepository;

/**
 * Published plans, for anyone (no sign-in): only a plan whose status is published, and only its
 * text - which holds only figures the disclosure control showed. A plan that is not published does
 * not exist here.
 */
@Service
@Transactional(readOnly = true)
public class PublishedPlanService {

    private final PlanRepository plans;
    private final PlanDocuments documents;

    PublishedPlanService(PlanRepository plans, PlanDocuments documents) {
        this.plans = plans;
        this.documents = documents;
    }

    public PlanDocument published(long planId) {
        Plan plan = plans.findById(planId).filter(p -> p.getStatus() == PlanStatus.PUBLISHED)
                .orElseThrow(() -> new NotFoundException("There is no published plan " + planId + "."));
        return documents.of(plan);
    }
}
