package uk.skillsplan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.plan.ActionFilter;
import uk.skillsplan.plan.ActionRegisterService;
import uk.skillsplan.plan.ActionStatus;
import uk.skillsplan.plan.PlanResponseService;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.PlanStatus;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.plan.Priority;
import uk.skillsplan.testing.ServiceTest;

class DemoPlanDataTest extends ServiceTest {

    @Autowired
    PlanService plans;
    @Autowired
    PlanResponseService responses;
    @Autowired
    ActionRegisterService register;

    @Test
    void the_first_demo_area_has_a_generated_draft_plan_in_review() {
        signInAs("erb");

        assertThat(plans.plans()).filteredOn(p -> p.cycle().equals("2026-2029") && p.edition() == 1)
                .singleElement().satisfies(plan -> {
                    assertThat(plan.lsipCode()).isEqualTo(DemoSurveyData.DEMO_AREAS.getFirst());
                    assertThat(plan.status()).isEqualTo(PlanStatus.IN_REVIEW);
                    assertThat(plan.generatedAt()).isNotNull();
                });
        PlanSummary plan = plans.plans().stream().filter(p -> p.edition() == 1 && p.cycle().equals("2026-2029")).findFirst().orElseThrow();
        assertThat(plans.sections(plan.id())).allMatch(s -> !s.empty());
    }

    @Test
    void the_demo_plan_has_responses_under_its_first_priorities_and_actions_in_each_state() {
        signInAs("erb");
        PlanSummary plan = plans.plans().stream().filter(p -> p.edition() == 1 && p.cycle().equals("2026-2029")
                && p.lsipCode().equals(DemoSurveyData.DEMO_AREAS.getFirst())).findFirst().orElseThrow();

        int priorities = Math.min(2, plans.priorities(plan.id()).size());
        assertThat(responses.responses(plan.id())).hasSize(2 * priorities)
                .allSatisfy(r -> assertThat(r.organisationName()).isIn("Aire Valley College", "Leeds City Council (demo)"));
        assertThat(register.count(plan.id(), ActionFilter.none())).isGreaterThanOrEqualTo(4);
        assertThat(register.count(plan.id(), new ActionFilter(null, null, ActionStatus.DONE))).isGreaterThanOrEqualTo(1);
        assertThat(register.count(plan.id(), new ActionFilter(null, null, ActionStatus.LATE))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void construction_and_care_find_their_own_priorities_wherever_they_rank() {
        // As in the demo run: construction ranked second. The groundworks course stood under the first priority,
        // "Administrative and support service activities", and the care places under construction.
        List<Priority> ranked = List.of(priority(1, "N"), priority(2, "F"), priority(3, "I"));
        assertThat(DemoFollowThroughData.section(ranked, "F", null)).isEqualTo("F");
        assertThat(DemoFollowThroughData.section(ranked, "Q", "F")).isEqualTo("N");
        List<Priority> careOnly = List.of(priority(1, "Q"), priority(2, "I"));
        assertThat(DemoFollowThroughData.section(careOnly, "F", "Q")).isEqualTo("I");
        assertThat(DemoFollowThroughData.section(List.of(priority(1, "Q")), "F", "Q")).isEqualTo("Q");
        assertThat(DemoFollowThroughData.section(List.of(), "F", null)).isNull();
    }

    private static Priority priority(int rank, String sic) {
        return new Priority(rank, sic, "Skills for " + sic, 1.0 / rank, "");
    }

    @Autowired
    uk.skillsplan.plan.collaboration.CollaborationService collaboration;

    @Test
    void the_demo_plan_has_section_owners_comments_and_a_suggested_edit_to_show() {
        signInAs("council");
        PlanSummary plan = plans.plans().stream().filter(p -> p.edition() == 1 && p.cycle().equals("2026-2029")).findFirst().orElseThrow();

        var owners = collaboration.ownerships(plan.id()).values();
        assertThat(owners).extracting(o -> o.owner()).contains("West Yorkshire Chamber of Commerce (demo ERB)",
                "Leeds City Council (demo)", "Aire Valley College");
        var skillNeeds = owners.stream().filter(o -> o.owner().equals("Leeds City Council (demo)")).findFirst().orElseThrow();
        assertThat(skillNeeds.mayEdit()).isTrue();
        assertThat(collaboration.openSuggestions(skillNeeds.sectionId())).isNotEmpty();
        assertThat(collaboration.comments(skillNeeds.sectionId(), 0).threads().getFirst().replies()).isNotEmpty();
    }
}
