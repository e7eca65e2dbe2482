package uk.skillsplan.demo;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import uk.skillsplan.plan.SectionKind;
import uk.skillsplan.plan.SectionText;
import uk.skillsplan.plan.collaboration.CollaborationService;
import uk.skillsplan.plan.collaboration.Comment;
import uk.skillsplan.plan.collaboration.Participant;
import uk.skillsplan.security.DemoDataPolicy;
import uk.skillsplan.security.SystemAuthentication;

/**
 * A draft plan for the first demo area, generated from its demo evidence and in review, with section
 * owners, a few comments and one suggested edit, so that the first run shows one being worked on. Runs after the demo rounds (order 20), once: only while there is no plan at all.
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
    private final CollaborationService collaboration;
    private final UserDetailsService users;
    private final boolean enabled;

    DemoPlanData(DemoDataPolicy policy, PlanService plans, PlanDraftingService drafting, PlanSignOffService signOff,
                 DemoFollowThroughData followThrough, CollaborationService collaboration, UserDetailsService users,
                 @Value("${skillsplan.demo-data.plan:true}") boolean enabled) {
        this.collaboration = collaboration;
        this.users = users;
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

    /**
     * The plan's parties at work on it, so that the first run shows collaboration: the ERB lead gives
     * sections owners (the ERB, the council, the college), the college comments, mentioning the council,
     * and suggests an edit to the council's section; the council replies. Each as the demo person.
     */
    void workTogether(long planId) {
        Map<String, Long> byName = collaboration.participants(planId).stream()
                .collect(Collectors.toMap(Participant::name, Participant::id, (a, b) -> a));
        Map<SectionKind, Long> sections = plans.sections(planId).stream()
                .collect(Collectors.toMap(SectionText::kind, SectionText::sectionId));
        Long erb = byName.get("West Yorkshire Chamber of Commerce (demo ERB)");
        Long council = byName.get("Leeds City Council (demo)");
        Long college = byName.get("Aire Valley College");
        if (erb == null || council == null || college == null) {
            return; // not the demo directory
        }
        asUser("erb", () -> {
            collaboration.assignOwner(sections.get(SectionKind.INTRODUCTION), erb);
            collaboration.assignOwner(sections.get(SectionKind.SKILL_NEEDS), council);
            collaboration.assignOwner(sections.get(SectionKind.ACTIONABLE_CHANGES), college);
        });
        long skillNeeds = sections.get(SectionKind.SKILL_NEEDS);
        asUser("provider", () -> {
            Comment question = collaboration.comment(skillNeeds, "Could the council say which of these needs it will "
                    + "fund first? Our engineering courses could grow from September.", List.of(council));
            SectionText current = plans.section(skillNeeds);
            collaboration.suggest(skillNeeds, current.number(), current.body() + "\n\nAire Valley College can add 40 "
                    + "evening places in welding and fabrication from September, if the council's adult skills funding allows.",
                    "Says what the college can offer against the top need");
            collaboration.comment(sections.get(SectionKind.ACTIONABLE_CHANGES), "We will add our planned courses here "
                    + "once the priorities are agreed.", List.of());
            asUser("council", () -> collaboration.reply(question.id(), "Engineering and care first; we will confirm the "
                    + "adult skills budget at the next review meeting.", List.of()));
        });
    }

    /** Runs the work signed in as a demo account, then puts the previous sign-in back. */
    private void asUser(String username, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UserDetails user = users.loadUserByUsername(username);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
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
        workTogether(plan.id());
        log.info("Demo plan for {} generated and in review in {} ms", lsipCode, (System.nanoTime() - started) / 1_000_000);
        return inReview;
    }
}
