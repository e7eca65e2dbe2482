package uk.skillsplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.markdown.Markdown;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.plan.NewPlan;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.PlanSignOffService;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.plan.SectionKind;
import uk.skillsplan.testing.KaribuTest;
import uk.skillsplan.testing.SignIn;

class PublicPlanViewTest extends KaribuTest {

    @Autowired
    PlanService plans;
    @Autowired
    PlanSignOffService signOff;

    private PlanSummary plan(boolean publish) {
        login("council");
        PlanSummary plan = plans.create(new NewPlan(null, 2030, 2033, List.of(), null));
        plans.save(plans.sections(plan.id()).getFirst().sectionId(), 0,
                "See [27% of all vacancies (base: 150 employers)](/plans/evidence/1).\n\n| Sector | Share |\n|---|---|\n| Care | 27% |");
        if (publish) {
            signOff.submitForReview(plan.id());
            signOff.requestSignOff(plan.id());
            signOff.approve(plan.id());
            login("erb");
            signOff.approve(plan.id());
            signOff.publish(plan.id());
        }
        SignIn.out();
        return plan;
    }

    @Test
    void anyone_reads_a_published_plan_without_signing_in_with_a_heading_per_section() {
        PlanSummary plan = plan(true);
        navigate("public/plans/" + plan.id());

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(PublicPlanView.class);
        assertThat(_get(H1.class).getText()).isEqualTo(plan.title());
        assertThat(_find(H2.class).stream().map(H2::getText).toList()).startsWith("Contents")
                .containsAll(java.util.Arrays.stream(SectionKind.values()).map(SectionKind::title).toList());
        String text = _find(Markdown.class).getFirst().getContent();
        assertThat(text).contains("27% of all vacancies (base: 150 employers)").doesNotContain("/plans/evidence/")
                .contains("|Sector|Share|");
    }

    @Test
    void a_plan_that_is_not_published_is_not_there() {
        PlanSummary plan = plan(false);
        navigate("public/plans/" + plan.id());

        assertThat(NavigatorKt.getCurrentView()).isNotEqualTo(PublicPlanView.class);
    }
}
