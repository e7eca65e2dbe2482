package uk.skillsplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.base.ui.ServiceAccessDeniedView;
import uk.skillsplan.plan.NewPlan;
import uk.skillsplan.plan.PlanService;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.testing.KaribuTest;

class SectionEditorViewTest extends KaribuTest {

    @Autowired
    PlanService plans;

    private long section(String who) {
        login(who);
        PlanSummary plan = plans.create(new NewPlan(null, 2029, 2032, List.of(), null));
        return plans.sections(plan.id()).get(2).sectionId();
    }

    @Test
    void typing_updates_the_preview_and_saving_keeps_a_new_version() {
        long section = section("council");
        navigate("plans/sections/" + section + "/edit");
        SectionEditorView editor = _get(SectionEditorView.class);

        _setValue(editor.text, "### Care\n\nMore carers are needed.");
        assertThat(editor.preview.getContent()).contains("### Care").contains("More carers are needed.");
        _click(editor.save);

        assertThat(plans.section(section).number()).isEqualTo(1);
        assertThat(plans.section(section).body()).isEqualTo("### Care\n\nMore carers are needed.");
        assertThat(editor.about.getText()).startsWith("Version 1, saved by");
    }

    @Test
    void what_was_typed_survives_a_refresh() {
        long section = section("council");
        navigate("plans/sections/" + section + "/edit");
        _setValue(_get(SectionEditorView.class).text, "Half a thought");

        navigate("plans");
        navigate("plans/sections/" + section + "/edit");

        SectionEditorView editor = _get(SectionEditorView.class);
        assertThat(editor.text.getValue()).isEqualTo("Half a thought");
        assertThat(editor.restored.isVisible()).isTrue();
        assertThat(editor.restored.getText()).contains("unsaved changes").contains("were restored");
    }

    @Test
    void hostile_input_is_previewed_inert() {
        long section = section("erb");
        navigate("plans/sections/" + section + "/edit");
        SectionEditorView editor = _get(SectionEditorView.class);

        _setValue(editor.text, "<script>alert(1)</script>\n\n[x](javascript:alert(2))\n\n<iframe src=\"https://evil.example\"></iframe>");

        assertThat(uk.skillsplan.plan.document.MarkdownDangers.in(editor.preview.getContent())).isEmpty();
        assertThat(editor.preview.getContent()).doesNotContain("javascript:").contains("alert(1)");
    }

    @Test
    void a_save_on_a_stale_version_shows_both_texts_and_keeps_mine() {
        long section = section("council");
        navigate("plans/sections/" + section + "/edit");
        SectionEditorView editor = _get(SectionEditorView.class);
        _setValue(editor.text, "The council's words.");
        // The ERB lead saves first, from another session.
        login("erb");
        plans.save(section, 0, "The ERB lead's words.");
        login("council");

        _click(editor.save);

        assertThat(editor.conflict.getElement().getTextRecursively()).contains("saved version 1")
                .contains("Their version 1");
        assertThat(editor.text.getValue()).isEqualTo("The council's words.");
        assertThat(plans.section(section).body()).isEqualTo("The ERB lead's words.");
        assertThat(plans.workingDraft(section)).get().extracting(d -> d.body()).isEqualTo("The council's words.");

        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Keep my text on top of their version")));
        _click(editor.save);
        assertThat(plans.section(section).body()).isEqualTo("The council's words.");
        assertThat(plans.section(section).number()).isEqualTo(2);
    }

    @Test
    void a_provider_cannot_open_the_editor() {
        long section = section("council");
        login("provider");
        navigate("plans/sections/" + section + "/edit");

        assertThat(NavigatorKt.getCurrentView()).isNotEqualTo(SectionEditorView.class);
    }

    @Test
    void another_areas_erb_lead_is_refused() {
        long section = section("council");
        login("erb.gm");
        navigate("plans/sections/" + section + "/edit");

        assertThat(NavigatorKt.getCurrentView()).isEqualTo(ServiceAccessDeniedView.class);
    }

    @Autowired
    uk.skillsplan.plan.PlanSignOffService signOff;

    @Test
    void a_section_of_a_published_plan_opens_read_only_and_says_how_to_change_it() {
        login("council");
        PlanSummary plan = plans.create(new NewPlan(null, 2029, 2032, List.of(), null));
        long section = plans.sections(plan.id()).getFirst().sectionId();
        plans.save(section, 0, "Published words.");
        signOff.submitForReview(plan.id());
        signOff.requestSignOff(plan.id());
        signOff.approve(plan.id());
        login("erb");
        signOff.approve(plan.id());
        signOff.publish(plan.id());

        navigate("plans/sections/" + section + "/edit");

        SectionEditorView view = _get(SectionEditorView.class);
        assertThat(view.getElement().getTextRecursively()).contains("This plan is published and read-only")
                .contains("start a new edition");
        assertThat(view.save.getParent()).isEmpty();
        assertThat(plans.section(section).body()).isEqualTo("Published words.");
    }

    @Test
    void the_second_of_two_officers_saving_sees_both_texts_side_by_side_and_saves_a_merge() {
        long section = section("council");
        plans.save(section, 0, "Care homes need staff.");
        navigate("plans/sections/" + section + "/edit");
        SectionEditorView editor = _get(SectionEditorView.class);
        _setValue(editor.text, "Care homes need night staff.");
        // Omar, a second officer of the same council, saves first from his own session.
        login("council2");
        plans.save(section, 1, "Care homes in Leeds need staff.");
        login("council");

        _click(editor.save);

        String shown = editor.conflict.getElement().getTextRecursively();
        assertThat(shown).contains("Omar Farouk saved version 2").contains("Their version 2 (saved by Omar Farouk)")
                .contains("Your text (not saved)").contains("[added: night ]");
        assertThat(editor.merged.getValue()).isEqualTo("Care homes need night staff.");
        _setValue(editor.merged, "Care homes in Leeds need night staff.");
        _click(editor.saveMerged);

        assertThat(plans.section(section).number()).isEqualTo(3);
        assertThat(plans.section(section).body()).isEqualTo("Care homes in Leeds need night staff.");
        assertThat(plans.versions(section)).hasSize(3);
        assertThat(plans.workingDraft(section)).isEmpty();
    }
}
