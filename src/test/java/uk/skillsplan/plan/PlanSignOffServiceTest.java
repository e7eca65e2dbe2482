package uk.skillsplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.security.Role;
import uk.skillsplan.testing.ServiceTest;

class PlanSignOffServiceTest extends ServiceTest {

    @Autowired
    PlanService plans;

    @Autowired
    PlanSignOffService signOff;

    private long planAwaitingSignOff() {
        signInAs("council");
        PlanSummary plan = plans.create(new NewPlan(null, 2027, 2030, List.of(), null));
        plans.save(plans.sections(plan.id()).getFirst().sectionId(), 0, "Introduction.");
        signOff.submitForReview(plan.id());
        signOff.requestSignOff(plan.id());
        return plan.id();
    }

    @Test
    void the_plan_is_approved_only_when_both_the_erb_lead_and_a_council_officer_have_approved() {
        long plan = planAwaitingSignOff();

        signInAs("council");
        assertThat(signOff.approve(plan).status()).isEqualTo(PlanStatus.AWAITING_SIGN_OFF);
        assertThatThrownBy(() -> signOff.approve(plan)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("already approved");
        signInAs("erb");
        assertThat(signOff.approve(plan).status()).isEqualTo(PlanStatus.APPROVED);

        assertThat(plans.approvals(plan)).extracting(ApprovalRecord::role).containsExactly(Role.COUNCIL, Role.ERB_LEAD);
        assertThat(plans.approvals(plan)).allMatch(a -> a.standing() && a.planRevision() == 1);
    }

    @Test
    void an_edit_after_an_approval_resets_the_approvals_and_the_history_keeps_who_approved_which_revision() {
        long plan = planAwaitingSignOff();
        signInAs("council");
        signOff.approve(plan);
        signInAs("erb");
        signOff.approve(plan);
        long section = plans.sections(plan).get(1).sectionId();

        plans.save(section, 0, "A late change.");

        assertThat(plans.plan(plan).status()).isEqualTo(PlanStatus.AWAITING_SIGN_OFF);
        assertThat(plans.approvals(plan)).hasSize(2).noneMatch(ApprovalRecord::standing);
        assertThat(plans.history(plan)).extracting(HistoryEntry::what).contains("Approvals reset", "Plan approved", "Approved");
        assertThat(plans.history(plan)).filteredOn(h -> h.what().equals("Approved"))
                .allMatch(h -> h.planRevision() == 1 && h.detail().contains("approved revision 1"));

        signInAs("council");
        signOff.approve(plan);
        signInAs("erb");
        assertThat(signOff.approve(plan).status()).isEqualTo(PlanStatus.APPROVED);
        assertThat(plans.approvals(plan)).filteredOn(ApprovalRecord::standing).allMatch(a -> a.planRevision() == 2);
    }

    @Test
    void a_published_plan_is_read_only() {
        long plan = planAwaitingSignOff();
        signInAs("council");
        signOff.approve(plan);
        signInAs("erb");
        signOff.approve(plan);
        assertThat(signOff.publish(plan).status()).isEqualTo(PlanStatus.PUBLISHED);
        long section = plans.sections(plan).getFirst().sectionId();

        assertThatThrownBy(() -> plans.save(section, 1, "After publication.")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("published and read-only");
        assertThat(plans.section(section).body()).isEqualTo("Introduction.");
        assertThat(plans.permissions(plan).edit()).isFalse();
    }

    @Test
    void approval_by_someone_without_the_right_is_refused() {
        long plan = planAwaitingSignOff();

        signInAs("provider");
        assertThatThrownBy(() -> signOff.approve(plan)).isInstanceOf(AccessDeniedException.class);
        signInAs("admin");
        assertThatThrownBy(() -> signOff.approve(plan)).isInstanceOf(AccessDeniedException.class);
        signInAs("erb.gm");
        assertThatThrownBy(() -> signOff.approve(plan)).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("of the plan's area");
        signInAs("erb");
        assertThat(plans.approvals(plan)).isEmpty();
    }

    @Test
    void steps_out_of_order_are_refused_with_a_clear_message() {
        signInAs("council");
        PlanSummary plan = plans.create(new NewPlan(null, 2027, 2030, List.of(), null));

        assertThatThrownBy(() -> signOff.approve(plan.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("once sign-off has been requested");
        assertThatThrownBy(() -> signOff.publish(plan.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Only an approved plan can be published");
    }
}
