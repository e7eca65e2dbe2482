package uk.skillsplan.plan.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.NavigatorKt;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.markdown.Markdown;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.plan.PlanSummary;
import uk.skillsplan.plan.ProgressReport;
import uk.skillsplan.plan.ProgressReportService;
import uk.skillsplan.testing.SignIn;

class PublicProgressReportViewTest extends FollowThroughViewTest {

    @Autowired
    ProgressReportService reports;

    @Test
    void a_published_report_opens_without_signing_in() {
        PlanSummary plan = published();
        ProgressReport report = reports.publish(reports.generate(plan.id()).id());
        SignIn.out();

        navigate("public/progress/" + report.id());

        assertThat(_get(H1.class).getText()).isEqualTo(report.title());
        assertThat(_get(Markdown.class).getContent()).contains("## What moved");
    }

    @Test
    void a_report_not_published_does_not_exist_for_the_public() {
        PlanSummary plan = published();
        ProgressReport report = reports.generate(plan.id());
        SignIn.out();

        navigate("public/progress/" + report.id());

        assertThat(NavigatorKt.getCurrentView().getSimpleName()).isNotEqualTo("PublicProgressReportView");
    }
}
