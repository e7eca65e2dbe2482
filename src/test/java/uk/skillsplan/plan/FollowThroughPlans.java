package uk.skillsplan.plan;

import java.util.List;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.plan.domain.EvidenceSource;
import uk.skillsplan.testing.SignIn;

/**
 * Plans to follow through, for tests: {@link #start} puts {@link FixedEvidence} in place of the engine
 * (so plans have priorities and linked figures), {@link #stop} puts the engine back. Shared by the
 * service tests ({@code FollowThroughTest}) and the page tests ({@code FollowThroughViewTest}).
 */
public final class FollowThroughPlans {

    private final FixedEvidence evidence = new FixedEvidence();
    private final PlanService plans;
    private final PlanDraftingService drafting;
    private final PlanSignOffService signOff;
    private final EvidenceSource source;
    private final UserDetailsService users;

    private FollowThroughPlans(ApplicationContext context) {
        this.plans = context.getBean(PlanService.class);
        this.drafting = context.getBean(PlanDraftingService.class);
        this.signOff = context.getBean(PlanSignOffService.class);
        this.source = context.getBean(EvidenceSource.class);
        this.users = context.getBean(UserDetailsService.class);
    }

    /** Fixed evidence in place of the engine until {@link #stop}. */
    public static FollowThroughPlans start(ApplicationContext context) {
        FollowThroughPlans plans = new FollowThroughPlans(context);
        plans.source.useFixedEvidence(plans.evidence);
        return plans;
    }

    /** The engine back, and the fixed evidence as it was. */
    public void stop() {
        source.useEngine();
        evidence.reset();
    }

    public FixedEvidence evidence() {
        return evidence;
    }

    /** A new plan of the council's (West Yorkshire) area with priorities F, Q, ...; left signed in as the council. */
    public PlanSummary generated() {
        SignIn.as(users, "council");
        PlanSummary plan = plans.create(new NewPlan(null, 2026, 2029, List.of(), null));
        evidence.rounds(FixedEvidence.round(7, plan.lsipCode()));
        return drafting.generate(plan.id(), List.of(7L), Weighting.UNWEIGHTED);
    }

    /** A generated plan taken through review and both approvals to publication; left signed in as the ERB lead. */
    public PlanSummary published() {
        PlanSummary plan = generated();
        signOff.submitForReview(plan.id());
        signOff.requestSignOff(plan.id());
        signOff.approve(plan.id());
        SignIn.as(users, "erb");
        signOff.approve(plan.id());
        return signOff.publish(plan.id());
    }
}
