package uk.skillsplan.plan;

import java.util.List;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.plan.domain.EvidenceSource;
import uk.skillsplan.testing.SignIn;

/**
 * Plans to follow through, for tests: generated from {@link FixedEvidence} (so they have priorities
 * and linked figures), and published when a test needs it. Callers put the evidence in place.
 */
public record FollowThroughPlans(PlanService plans, PlanDraftingService drafting, PlanSignOffService signOff,
                                 FixedEvidence evidence, EvidenceSource source) {

    /** A new plan of the council's (West Yorkshire) area with priorities F, Q, ...; left signed in as the council. */
    public PlanSummary generated(org.springframework.security.core.userdetails.UserDetailsService users) {
        SignIn.as(users, "council");
        PlanSummary plan = plans.create(new NewPlan(null, 2026, 2029, List.of(), null));
        evidence.rounds(FixedEvidence.round(7, plan.lsipCode()));
        return drafting.generate(plan.id(), List.of(7L), Weighting.UNWEIGHTED);
    }

    /** A generated plan taken through review and both approvals to publication; left signed in as the ERB lead. */
    public PlanSummary published(org.springframework.security.core.userdetails.UserDetailsService users) {
        PlanSummary plan = generated(users);
        signOff.submitForReview(plan.id());
        signOff.requestSignOff(plan.id());
        signOff.approve(plan.id());
        SignIn.as(users, "erb");
        signOff.approve(plan.id());
        return signOff.publish(plan.id());
    }
}
