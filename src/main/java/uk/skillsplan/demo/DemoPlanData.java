package uk.skillsplan.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import uk.skillsplan.insight.AnalysableRound;
import uk.skillsplan.plan.NewPlan;
import uk.skillsplan.plan.PlanDraftingService;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.PlanSignOffService;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.security.DemoDataPolicy;
import uk.skillsplan.security.SystemAuthentication;

/**
 * A draft plan for the first demo area, generated from its demo evidence and in review, so that the
 * first run shows one. Runs after the demo rounds (order 20), once: only while there is no plan at all.
 */
@Component
@Order(30)
class DemoPlanData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoPlanData.class);

    private final DemoDataPolicy policy;
    private final PlanService plans;
    private final PlanDraftingService drafting;
    private final PlanSignOffService signOff;
    private final DemoFollowThroughData followThrough;
    private final boolean enabled;

    DemoPlanData(DemoDataPolicy policy, PlanService plans, PlanDraftingService drafting, PlanSignOffService signOff,
                 DemoFollowThroughData followThrough, @Value("${skillsplan.demo-data.plan:true}") boolean enabled) {
        this.policy = policy;
        this.plans = plans;
        this.drafting = drafting;
        this.signOff = signOff;
        this.followThrough = followThrough;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (policy.enabled() && enabled) {
            SystemAuthentication.runAsSystem(() -> {
                if (plans.plans().isEmpty()) {
                    try {
                        create(DemoSurveyData.DEMO_AREAS.getFirst());
                    } catch (RuntimeException failed) {
                        // Demo data must never stop the app from starting; DemoPlanDataTest makes the failure visible.
                        log.warn("The demo plan could not be generated", failed);
                    }
                }
            });
        }
    }

    /** Creates, generates and sends for review the area's 2026-2029 plan, with providers' responses and a few actions. */
    PlanSummary create(String lsipCode) {
        long started = System.nanoTime();
        PlanSummary plan = plans.create(new NewPlan(lsipCode, 2026, 2029, List.of(), null));
        List<Long> rounds = drafting.rounds(lsipCode).stream().map(AnalysableRound::id).toList();
        if (rounds.isEmpty()) {
            return plan;
        }
        drafting.generate(plan.id(), rounds, null);
        PlanSummary inReview = signOff.submitForReview(plan.id());
        followThrough.add(plan.id());
        log.info("Demo plan for {} generated and in review in {} ms", lsipCode, (System.nanoTime() - started) / 1_000_000);
        return inReview;
    }
}
