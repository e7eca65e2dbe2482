package uk.skillsplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.base.ui.ServiceAccessDeniedView;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.plan.FixedEvidence;
import uk.skillsplan.plan.NewPlan;
import uk.skillsplan.plan.PlanDraftingService;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.testing.KaribuTest;

/** The evidence page on fixed evidence (put in place of the engine for each test). */
class EvidenceViewTest extends KaribuTest {

    final FixedEvidence evidence = new FixedEvidence();
    @Autowired
    uk.skillsplan.plan.domain.EvidenceSource evidenceSource;

    @org.junit.jupiter.api.BeforeEach
    void useFixedEvidence() {
        evidenceSource.useFixedEvidence(evidence);
    }
    @Autowired
    PlanService plans;
    @Autowired
    PlanDraftingService drafting;

    private long sectionId;

    @AfterEach
    void resetEvidence() {
        evidenceSource.useEngine();
        evidence.reset();
    }

    private long link(String who) {
        login(who);
        PlanSummary plan = plans.create(new NewPlan(null, 2026, 2029, List.of(), null));
        evidence.rounds(FixedEvidence.round(7, plan.lsipCode()));
        drafting.generate(plan.id(), List.of(7L), Weighting.UNWEIGHTED);
        sectionId = plans.sections(plan.id()).getFirst().sectionId();
        Matcher link = Pattern.compile("/plans/evidence/(\\d+)").matcher(plans.section(sectionId).body());
        assertThat(link.find()).isTrue();
        return Long.parseLong(link.group(1));
    }

    @Test
    void the_page_shows_the_metric_its_exact_filter_base_weighting_and_when_it_was_computed() {
        long link = link("council");
        navigate("plans/evidence/" + link);

        String shown = _get(EvidenceView.class).details.getElement().getTextRecursively();
        assertThat(shown).contains("27% of all vacancies (base: 150 employers)").contains("Skill-shortage vacancy density (SSV_DENSITY)")
                .contains("The whole area, every establishment").contains("Unweighted").contains("150 responding organisations")
                .contains("1 November 2026");
    }

    @Test
    void recomputing_unchanged_evidence_says_so_and_offers_nothing_to_accept() {
        long link = link("council");
        navigate("plans/evidence/" + link);
        EvidenceView view = _get(EvidenceView.class);

        _click(view.recompute);

        assertThat(view.outcome.getElement().getTextRecursively()).contains("Unchanged");
        assertThat(view.accept.isVisible()).isFalse();
    }

    @Test
    void changed_evidence_shows_old_and_new_and_accepting_updates_the_text_as_a_new_version() {
        long link = link("council");
        navigate("plans/evidence/" + link);
        EvidenceView view = _get(EvidenceView.class);
        evidence.set("SSV_DENSITY", null, 0.31, 160, false);

        _click(view.recompute);
        assertThat(view.outcome.getElement().getTextRecursively()).contains("Evidence changed")
                .contains("27% of all vacancies (base: 150 employers)").contains("31% of all vacancies (base: 160 employers)");
        _click(view.accept);

        assertThat(plans.section(sectionId).body()).contains("31% of all vacancies (base: 160 employers)");
        assertThat(plans.section(sectionId).number()).isEqualTo(2);
        assertThat(view.details.getElement().getTextRecursively()).contains("31% of all vacancies");
    }

    @Test
    void a_provider_reads_the_evidence_but_cannot_accept_a_new_value() {
        long link = link("council");
        login("provider");
        navigate("plans/evidence/" + link);

        assertThat(_get(EvidenceView.class).accept.isEnabled()).isFalse();
    }

    @Test
    void another_area_is_refused() {
        long link = link("council");
        login("erb.gm");
        navigate("plans/evidence/" + link);

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ServiceAccessDeniedView.class);
    }
}
