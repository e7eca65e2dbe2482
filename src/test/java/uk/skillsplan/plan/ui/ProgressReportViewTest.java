package uk.skillsplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.markdown.Markdown;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.plan.ProgressReportService;

class ProgressReportViewTest extends FollowThroughViewTest {

    @Autowired
    ProgressReportService reports;

    @Test
    void the_erb_lead_generates_edits_and_publishes_the_report() {
        PlanSummary plan = published();
        login("erb");
        navigate("plans/" + plan.id() + "/progress");
        ProgressReportView view = _get(ProgressReportView.class);

        click("Generate this year's report");
        assertThat(_get(view.preview, Markdown.class).getContent()).contains("## What was done").contains("## What moved");
        _setValue(view.body, view.body.getValue() + "\n\nA word from the ERB.");
        click("Save the report");
        click("Publish the report");

        assertThat(view.state.getText()).contains("Published on");
        assertThat(_find(Anchor.class, spec -> spec.withText("Download as Word (DOCX)"))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withText("Open the public page"))).hasSize(1);
        assertThat(reports.reports(plan.id()).getFirst().body()).endsWith("A word from the ERB.");
        assertThat(view.save.isVisible()).isFalse();
    }

    @Test
    void a_plan_not_yet_published_offers_no_report() {
        PlanSummary plan = generated();
        login("erb");
        navigate("plans/" + plan.id() + "/progress");
        ProgressReportView view = _get(ProgressReportView.class);

        assertThat(view.generate.isVisible()).isFalse();
        assertThat(view.state.getText()).contains("follows a published plan");
    }

    @Test
    void a_provider_reads_but_does_not_generate() {
        PlanSummary plan = published();
        login("provider");
        navigate("plans/" + plan.id() + "/progress");
        ProgressReportView view = _get(ProgressReportView.class);

        assertThat(view.generate.isVisible()).isFalse();
        assertThat(view.state.getText()).isEqualTo("No progress report yet.");
    }
}
