package uk.skillsplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.markdown.Markdown;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.base.ui.ServiceAccessDeniedView;
import uk.skillsplan.plan.NewPlan;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.PlanStatus;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.plan.SectionKind;
import uk.skillsplan.testing.KaribuTest;

class PlanViewTest extends KaribuTest {

    @Autowired
    PlanService plans;

    private PlanSummary plan(String body) {
        login("council");
        PlanSummary plan = plans.create(new NewPlan(null, 2028, 2031, List.of(), null));
        plans.save(plans.sections(plan.id()).getFirst().sectionId(), 0, body);
        return plan;
    }

    private void click(String text) {
        _click(_get(Button.class, spec -> spec.withText(text)));
    }

    @Test
    void the_plan_shows_every_section_in_the_dfe_order_with_an_edit_link_for_its_writers() {
        PlanSummary plan = plan("Our introduction.");
        navigate("plans/" + plan.id());

        assertThat(_find(H3.class).stream().map(H3::getText).filter(t -> !t.equals("Does the ranking hold?")).toList())
                .containsExactly(Arrays.stream(SectionKind.values()).map(SectionKind::title).toArray(String[]::new));
        assertThat(_find(Anchor.class, spec -> spec.withText("Edit \"Introduction and executive summary\""))).hasSize(1);
        assertThat(_get(Markdown.class).getContent()).contains("Our introduction.");
    }

    @Test
    void hostile_text_in_a_section_reaches_the_page_inert() {
        PlanSummary plan = plan("Hello <script>alert('x')</script> [click](javascript:alert(1)) <img src=x onerror=alert(1)>");
        navigate("plans/" + plan.id());

        String shown = _get(Markdown.class).getContent();
        assertThat(uk.skillsplan.plan.document.MarkdownDangers.in(shown)).as("%s", shown).isEmpty();
        assertThat(shown).doesNotContain("javascript:").contains("alert('x')").contains("click");
    }

    @Test
    void a_provider_reads_the_plan_without_edit_links_or_sign_off_steps() {
        PlanSummary plan = plan("Our introduction.");
        login("provider");
        navigate("plans/" + plan.id());

        assertThat(_find(Anchor.class, spec -> spec.withText("Edit \"Introduction and executive summary\""))).isEmpty();
        _assertNone(Button.class, spec -> spec.withText("Send for review"));
        _assertNone(Button.class, spec -> spec.withText("Generate the draft from the evidence"));
    }

    @Test
    void another_areas_erb_lead_is_refused() {
        PlanSummary plan = plan("Our introduction.");
        login("erb.gm");
        navigate("plans/" + plan.id());

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ServiceAccessDeniedView.class);
    }

    @Test
    void the_council_and_the_erb_lead_take_the_plan_through_sign_off_to_publication() {
        PlanSummary plan = plan("Our introduction.");
        navigate("plans/" + plan.id());

        click("Send for review");
        click("Ask for sign-off");
        click("Approve this version");
        _assertNone(Button.class, spec -> spec.withText("Approve this version"));
        login("erb");
        navigate("plans/" + plan.id());
        click("Approve this version");
        assertThat(plans.plan(plan.id()).status()).isEqualTo(PlanStatus.APPROVED);
        click("Publish");

        assertThat(plans.plan(plan.id()).status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(_get(PlanView.class).state.getText()).startsWith("Status: Published.");
        assertThat(_find(Anchor.class, spec -> spec.withText("Open the public page"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withText("Edit \"Introduction and executive summary\""))).isEmpty();
        assertThat(_get(PlanView.class).approvals.getGenericDataView().getItems().count()).isEqualTo(2);
    }

    /** The council and the ERB lead take a one-section plan to publication on its page; the ERB lead stays signed in. */
    private PlanSummary publishedThroughTheScreens() {
        PlanSummary plan = plan("Our introduction.");
        navigate("plans/" + plan.id());
        click("Send for review");
        click("Ask for sign-off");
        click("Approve this version");
        login("erb");
        navigate("plans/" + plan.id());
        click("Approve this version");
        click("Publish");
        return plan;
    }

    @Test
    void a_published_plan_offers_a_new_edition_which_opens_as_a_draft_starting_from_the_published_text() {
        PlanSummary plan = publishedThroughTheScreens();

        click("Start a new edition");
        NewEditionDialog dialog = _get(NewEditionDialog.class);
        assertThat(dialog.cycleStart.getValue()).isEqualTo(2028);
        _click(dialog.start);

        PlanView view = _get(PlanView.class);
        assertThat(view.title.getText()).containsPattern("\\(edition \\d+\\)");
        assertThat(view.state.getText()).startsWith("Status: Draft.");
        assertThat(_get(Markdown.class).getContent()).contains("Our introduction.");
        assertThat(plans.plan(plan.id()).status()).isEqualTo(PlanStatus.PUBLISHED);
        _assertNone(Button.class, spec -> spec.withText("Start a new edition"));
    }

    @Test
    void a_provider_is_not_offered_a_new_edition_of_a_published_plan() {
        PlanSummary plan = publishedThroughTheScreens();
        login("provider");
        navigate("plans/" + plan.id());

        _assertNone(Button.class, spec -> spec.withText("Start a new edition"));
    }

    @Autowired
    uk.skillsplan.plan.domain.EvidenceSource evidenceSource;
    @Autowired
    uk.skillsplan.plan.PlanDraftingService drafting;

    @Test
    void the_generate_dialog_chooses_the_business_population_the_plan_rests_on_and_coverage_is_set_against_it() {
        onFixedEvidence((evidence, plan) -> {
            uk.skillsplan.plan.FixedCoverage.use(evidence, plan.lsipCode());
            navigate("plans/" + plan.id());

            click("Generate the draft from the evidence");
            GenerateDraftDialog dialog = _get(GenerateDraftDialog.class);
            assertThat(dialog.imports.population.getValue().id()).isEqualTo(41L);
            _click(dialog.generate);

            assertThat(plans.plan(plan.id()).populationImportId()).isEqualTo(41L);
            assertThat(plans.sections(plan.id()).stream().filter(s -> s.kind() == SectionKind.EVIDENCE_COVERAGE)
                    .findFirst().orElseThrow().body()).contains("Of the 2,100 businesses in");
        });
    }

    @Test
    void the_sensitivity_check_shows_for_each_change_whether_the_top_priorities_hold() {
        onFixedEvidence((evidence, plan) -> {
            drafting.generate(plan.id(), List.of(7L), null);
            navigate("plans/" + plan.id());
            PlanView view = _get(PlanView.class);
            assertThat(view.sensitivity.isVisible()).isFalse();

            click("Check whether the priorities hold");

            assertThat(view.sensitivity.isVisible()).isTrue();
            List<uk.skillsplan.plan.RankingCheck> rows = com.github.mvysny.kaributesting.v10.GridKt._findAll(view.sensitivity);
            assertThat(rows.getFirst().verdict()).startsWith("Weighted check not available: ");
            assertThat(rows).extracting(uk.skillsplan.plan.RankingCheck::verdict).contains("Top 5 unchanged without Education.");
            assertThat(view.sensitivityNote.getText()).isNotBlank();
        });
    }

    /** A council officer's new plan resting on fixed evidence (round 7), for the duration of {@code test}. */
    private void onFixedEvidence(java.util.function.BiConsumer<uk.skillsplan.plan.FixedEvidence, PlanSummary> test) {
        uk.skillsplan.plan.FixedEvidence evidence = new uk.skillsplan.plan.FixedEvidence();
        evidenceSource.useFixedEvidence(evidence);
        try {
            login("council");
            PlanSummary plan = plans.create(new NewPlan(null, 2028, 2031, List.of(), null));
            evidence.rounds(uk.skillsplan.plan.FixedEvidence.round(7, plan.lsipCode()));
            test.accept(evidence, plan);
        } finally {
            evidenceSource.useEngine();
        }
    }

    @Test
    void the_word_and_pdf_downloads_are_offered() {
        PlanSummary plan = plan("Our introduction.");
        navigate("plans/" + plan.id());

        assertThat(_find(Anchor.class, spec -> spec.withText("Download as Word (DOCX)"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withText("Download as PDF"))).hasSize(1);
    }

    @Test
    void the_checks_before_review_point_to_the_sections_to_fix() {
        PlanSummary plan = plan("Our introduction.");
        navigate("plans/" + plan.id());

        String checks = _get(PlanView.class).checks.getElement().getTextRecursively();
        assertThat(checks).contains("Missing section: \"Strategic and economic context\" is empty")
                .contains("Priorities without evidence");
        assertThat(_find(Anchor.class, spec -> spec.withText("Fix in \"Strategic and economic context\""))).hasSize(1);
    }
}
