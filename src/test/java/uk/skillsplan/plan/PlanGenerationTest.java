package uk.skillsplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.testing.ServiceTest;

/** Generation, evidence links, export and publication on fixed evidence (put in place of the engine for each test). */
class PlanGenerationTest extends ServiceTest {

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
    @Autowired
    PlanEvidenceService links;
    @Autowired
    PlanExportService exports;
    @Autowired
    PlanSignOffService signOff;
    @Autowired
    PublishedPlanService published;

    @AfterEach
    void resetEvidence() {
        evidenceSource.useEngine();
        evidence.reset();
    }

    private PlanSummary generated() {
        signInAs("council");
        PlanSummary plan = plans.create(new NewPlan(null, 2026, 2029, List.of(), null));
        evidence.rounds(FixedEvidence.round(7, plan.lsipCode()));
        return drafting.generate(plan.id(), List.of(7L), Weighting.UNWEIGHTED);
    }

    private static long firstLink(String body) {
        Matcher link = Pattern.compile("\\]\\(/plans/evidence/(\\d+)\\)").matcher(body);
        assertThat(link.find()).as("an evidence link in %s", body).isTrue();
        return Long.parseLong(link.group(1));
    }

    @Test
    void a_council_officer_generates_every_section_with_figures_linked_to_their_evidence_and_ranked_priorities() {
        PlanSummary plan = generated();

        List<SectionText> sections = plans.sections(plan.id());
        assertThat(sections).allMatch(s -> s.number() == 1 && !s.empty() && s.note().equals("generated from the evidence"));
        String intro = sections.getFirst().body();
        assertThat(intro).contains("[27% of all vacancies (base: 150 employers)](/plans/evidence/").doesNotContain("evidence:");
        assertThat(String.join("\n", sections.stream().map(SectionText::body).toList())).doesNotContain("99%");
        EvidenceDetail link = links.evidence(firstLink(intro));
        assertThat(link.query().metric()).isEqualTo("SSV_DENSITY");
        assertThat(link.query().rounds()).containsExactly(7L);
        assertThat(link.valueUsed()).isEqualTo(0.27);
        assertThat(plans.priorities(plan.id())).extracting(Priority::sicSection).startsWith("F", "Q");
        assertThat(plans.plan(plan.id()).generatedAt()).isNotNull();
    }

    @Test
    void generating_needs_a_round_of_the_area() {
        signInAs("erb");
        PlanSummary plan = plans.create(new NewPlan(null, 2026, 2029, List.of(), null));
        evidence.rounds();

        assertThatThrownBy(() -> drafting.generate(plan.id(), List.of(99L), null)).isInstanceOfSatisfying(
                ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("roundIds"));
        assertThat(plans.sections(plan.id())).allMatch(SectionText::empty);
    }

    @Test
    void changed_evidence_shows_old_and_new_values_and_accepting_it_writes_a_new_version() {
        PlanSummary plan = generated();
        long section = plans.sections(plan.id()).getFirst().sectionId();
        long link = firstLink(plans.section(section).body());
        assertThat(links.recompute(link).changed()).isFalse();

        evidence.set("SSV_DENSITY", null, 0.31, 160, false);
        EvidenceDetail changed = links.recompute(link);
        assertThat(changed.changed()).isTrue();
        assertThat(changed.words()).isEqualTo("27% of all vacancies (base: 150 employers)");
        assertThat(changed.newWords()).isEqualTo("31% of all vacancies (base: 160 employers)");

        links.acceptNewValue(link);

        SectionText now = plans.section(section);
        assertThat(now.number()).isEqualTo(2);
        assertThat(now.note()).isEqualTo("new evidence accepted");
        assertThat(now.body()).contains("[31% of all vacancies (base: 160 employers)](/plans/evidence/" + link + ")")
                .doesNotContain("27% of all vacancies");
        assertThat(plans.versions(section).getLast().body()).contains("27% of all vacancies");
        assertThat(links.recompute(link).changed()).isFalse();
    }

    @Test
    void a_figure_that_is_now_hidden_is_taken_out_of_the_text_not_written() {
        PlanSummary plan = generated();
        long section = plans.sections(plan.id()).getFirst().sectionId();
        long link = firstLink(plans.section(section).body());
        evidence.set("SSV_DENSITY", null, null, 0, false);

        assertThat(links.recompute(link).changed()).isTrue();
        links.acceptNewValue(link);

        assertThat(plans.section(section).body()).contains("c (hidden to protect confidentiality)")
                .doesNotContain("27% of all vacancies");
    }

    @Test
    void the_docx_has_real_headings_a_contents_list_and_tables_with_header_rows() throws Exception {
        PlanSummary plan = generated();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exports.docx(plan.id(), out);

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<String> headings2 = doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings2.getFirst()).isEqualTo("Contents");
            assertThat(headings2.subList(1, headings2.size())).containsExactly(
                    java.util.Arrays.stream(SectionKind.values()).map(SectionKind::title).toArray(String[]::new));
            assertThat(doc.getStyles().getStyle("Heading2").getName()).isEqualTo("heading 2");
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("1. Introduction and executive summary")
                    .contains("27% of all vacancies (base: 150 employers)").doesNotContain("/plans/evidence/");
            XWPFTable annex = doc.getTables().getLast();
            assertThat(annex.getRow(0).isRepeatHeader()).isTrue();
            assertThat(annex.getRow(0).getCell(0).getText()).isEqualTo("Occupation (SOC 2020 major group)");
        }
    }

    @Test
    void the_pdf_holds_the_same_text_in_order_with_the_annex_last() throws Exception {
        PlanSummary plan = generated();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exports.pdf(plan.id(), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("Contents").contains("27% of all vacancies (base: 150 employers)")
                    .doesNotContain("99%");
            assertThat(text.lastIndexOf("Annex A: skill needs")).isGreaterThan(text.lastIndexOf("Monitoring and review"));
        }
    }

    @Test
    void the_pdf_is_tagged_for_screen_readers_with_its_title_language_headings_and_embedded_fonts() throws Exception {
        PlanSummary plan = generated();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        exports.pdf(plan.id(), out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            var catalog = pdf.getDocumentCatalog();
            assertThat(catalog.getStructureTreeRoot()).as("structure tree").isNotNull();
            assertThat(catalog.getMarkInfo()).isNotNull();
            assertThat(catalog.getMarkInfo().isMarked()).isTrue();
            assertThat(catalog.getLanguage()).isEqualTo("en-GB");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo(plan.title());
            assertThat(catalog.getViewerPreferences().displayDocTitle()).isTrue();
            java.util.List<String> headings = new java.util.ArrayList<>();
            collectHeadings(catalog.getStructureTreeRoot().getKids(), headings);
            assertThat(headings).contains("H1", "H2");
            for (var page : pdf.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    assertThat(page.getResources().getFont(name).isEmbedded()).as("font %s embedded", name).isTrue();
                }
            }
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains(plan.title()).contains("Contents").contains("Local skill needs and priorities");
        }
    }

    private static void collectHeadings(java.util.List<Object> kids, java.util.List<String> types) {
        for (Object kid : kids) {
            if (kid instanceof org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement element) {
                if (element.getStructureType().matches("H\\d?")) {
                    types.add(element.getStructureType());
                }
                collectHeadings(element.getKids(), types);
            }
        }
    }

    @Test
    void a_published_plan_is_public_and_an_unpublished_one_does_not_exist_there() {
        PlanSummary plan = generated();
        assertThatThrownBy(() -> published.published(plan.id())).isInstanceOf(NotFoundException.class);
        signOff.submitForReview(plan.id());
        signOff.requestSignOff(plan.id());
        signOff.approve(plan.id());
        signInAs("erb");
        signOff.approve(plan.id());
        signOff.publish(plan.id());
        signOut();

        PlanDocument document = published.published(plan.id());
        assertThat(document.sections()).hasSize(SectionKind.values().length);
        assertThat(document.mainBody().getFirst().body()).contains("27% of all vacancies");
    }

    private static void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
}
