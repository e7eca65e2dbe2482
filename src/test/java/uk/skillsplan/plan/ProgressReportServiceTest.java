package uk.skillsplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.insight.Figure;

class ProgressReportServiceTest extends FollowThroughTest {

    @Autowired
    ProgressReportService reports;
    @Autowired
    ActionRegisterService register;

    private ProgressReport withActions(PlanSummary plan) {
        clock.setDate(LocalDate.of(2027, 6, 1));
        signInAs("provider");
        register.add(plan.id(), new ActionDraft(null, null, "Open the groundworks course", LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 1, 31), ActionStatus.DONE));
        register.add(plan.id(), new ActionDraft(null, null, "Recruit assessors", LocalDate.of(2026, 9, 1),
                LocalDate.of(2027, 3, 31), ActionStatus.IN_PROGRESS));
        register.add(plan.id(), new ActionDraft(null, null, "Care academy", LocalDate.of(2027, 1, 1),
                LocalDate.of(2028, 3, 31), ActionStatus.PLANNED));
        signInAs("erb");
        return reports.generate(plan.id());
    }

    @Test
    void only_a_published_plan_has_a_progress_report() {
        PlanSummary plan = generated();
        signInAs("erb");

        assertThatThrownBy(() -> reports.generate(plan.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("follows a published plan");
        assertThat(reports.reports(plan.id())).isEmpty();
    }

    @Test
    void the_report_says_what_was_done_and_what_is_late_from_the_register() {
        PlanSummary plan = published();
        ProgressReport report = withActions(plan);

        String done = report.body().substring(report.body().indexOf("## What was done"), report.body().indexOf("## What moved"));
        String late = report.body().substring(report.body().indexOf("## What is late"), report.body().indexOf("## Under way"));
        assertThat(done).contains("Open the groundworks course").doesNotContain("Recruit assessors");
        assertThat(late).contains("Recruit assessors").doesNotContain("Care academy");
        assertThat(report.body().substring(report.body().indexOf("## Under way"))).contains("Care academy");
        assertThat(report.year()).isEqualTo(2027);
    }

    @Test
    void each_figure_then_is_the_stored_evidence_and_now_is_the_insight_figure_and_a_suppressed_one_stays_c() {
        PlanSummary plan = published();
        signInAs("erb");
        List<ProgressFigure> before = reports.figures(plan.id());
        assertThat(before).isNotEmpty();
        ProgressFigure moving = before.stream().filter(f -> f.thenValue() != null).findFirst().orElseThrow();
        ProgressFigure hiding = before.stream().filter(f -> f.thenValue() != null && f != moving
                && !f.now().query().equals(moving.now().query())).findFirst().orElseThrow();
        evidence.set(moving.now().query().metric(), moving.now().query().filter().sicSection(), 0.31, 165, false);
        evidence.set(hiding.now().query().metric(), hiding.now().query().filter().sicSection(), null, 0, false);

        ProgressReport report = withActions(plan);
        List<ProgressFigure> after = reports.figures(plan.id());

        for (ProgressFigure figure : after) {
            Figure insight = evidence.figure(figure.now().query());
            assertThat(figure.now().value()).isEqualTo(insight.value());
            assertThat(figure.now().base()).isEqualTo(insight.base());
            assertThat(figure.now().suppressed()).isEqualTo(insight.suppressed());
        }
        ProgressFigure moved = after.stream().filter(f -> f.now().query().equals(moving.now().query())).findFirst().orElseThrow();
        assertThat(moved.thenValue()).isEqualTo(moving.thenValue());
        assertThat(moved.thenBase()).isEqualTo(moving.thenBase());
        assertThat(moved.nowText()).isEqualTo("31% (base: 165)");
        ProgressFigure hidden = after.stream().filter(f -> f.now().query().equals(hiding.now().query())).findFirst().orElseThrow();
        assertThat(hidden.nowText()).isEqualTo("c");
        assertThat(hidden.now().value()).isNull();
        assertThat(report.body()).contains("| " + moved.label() + " | " + moved.thenText() + " | " + moved.thenIntervalText()
                        + " | 31% (base: 165) |")
                .contains("| " + hidden.label() + " | " + hidden.thenText() + " | " + hidden.thenIntervalText() + " | c | - |")
                .doesNotContain("99%");
    }

    @Test
    void each_figure_then_keeps_the_interval_the_plan_used_and_now_has_the_interval_computed_again() {
        evidence.setInterval("SSV_DENSITY", null, 0.22, 0.33);
        PlanSummary plan = published();
        signInAs("erb");
        ProgressFigure before = reports.figures(plan.id()).stream()
                .filter(f -> f.now().query().metric().equals("SSV_DENSITY") && f.now().query().filter().sicSection() == null)
                .findFirst().orElseThrow();
        assertThat(before.thenIntervalText()).isEqualTo("22% to 33%").isEqualTo(before.intervalText());

        evidence.set("SSV_DENSITY", null, 0.31, 165, false);
        evidence.setInterval("SSV_DENSITY", null, 0.25, 0.38);
        ProgressReport report = withActions(plan);
        ProgressFigure after = reports.figures(plan.id()).stream().filter(f -> f.label().equals(before.label()))
                .findFirst().orElseThrow();

        assertThat(after.thenText()).isEqualTo(before.thenText());
        assertThat(after.thenIntervalText()).isEqualTo("22% to 33%");
        assertThat(after.nowText()).isEqualTo("31% (base: 165)");
        assertThat(after.intervalText()).isEqualTo("25% to 38%");
        assertThat(report.body()).contains("| " + after.label() + " | " + after.thenText() + " | 22% to 33% | 31% (base: 165) | "
                + "25% to 38% |");
    }

    @Test
    void the_report_is_edited_with_versions_a_stale_save_is_refused_and_published_for_everyone() {
        PlanSummary plan = published();
        ProgressReport report = withActions(plan);
        signInAs("council");
        ProgressReport edited = reports.save(report.id(), report.number(), report.body() + "\n\nThe council adds a note.");

        assertThatThrownBy(() -> reports.save(report.id(), report.number(), "Stale")).isInstanceOf(ValidationException.class)
                .hasMessageContaining("after you started from version " + report.number());
        assertThatThrownBy(() -> reports.publish(report.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reports.published(report.id())).isInstanceOf(NotFoundException.class);
        signInAs("erb");
        ProgressReport published = reports.publish(report.id());

        assertThat(published.published()).isTrue();
        uk.skillsplan.testing.SignIn.out();
        assertThat(reports.published(report.id()).body()).endsWith("The council adds a note.");
        signInAs("erb");
        assertThatThrownBy(() -> reports.save(report.id(), edited.number(), "After publication"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("published and read-only");
        assertThatThrownBy(() -> reports.generate(plan.id())).isInstanceOf(ValidationException.class)
                .hasMessageContaining("published and read-only");
    }

    @Test
    void a_provider_reads_the_report_but_does_not_generate_it() {
        PlanSummary plan = published();
        ProgressReport report = withActions(plan);
        signInAs("provider");

        assertThatThrownBy(() -> reports.generate(plan.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(reports.report(report.id()).body()).contains("Open the groundworks course");
    }

    @Test
    void the_docx_and_pdf_hold_the_report_and_its_figure_table() throws Exception {
        PlanSummary plan = published();
        ProgressReport report = withActions(plan);

        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        reports.docx(report.id(), docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains(report.title()).contains("What was done").contains("Open the groundworks course")
                    .contains("What is late").contains("Recruit assessors");
            XWPFTable figures = doc.getTables().getFirst();
            assertThat(figures.getRow(0).getCell(0).getText()).isEqualTo("Figure");
            assertThat(figures.getRow(0).getCell(3).getText()).isEqualTo("Now");
            assertThat(figures.getRow(0).getCell(2).getText()).isEqualTo("95% interval then");
        }
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        reports.pdf(report.id(), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("What was done").contains("Open the groundworks course").contains("What is late").contains("Recruit assessors");
        }
    }
}
