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

    @Autowired
    PlanEditionService editions;

    private PlanSummary publishedPlan() {
        PlanSummary plan = generated();
        signOff.submitForReview(plan.id());
        signOff.requestSignOff(plan.id());
        signOff.approve(plan.id());
        signInAs("erb");
        signOff.approve(plan.id());
        signOff.publish(plan.id());
        signInAs("council");
        return plans.plan(plan.id());
    }

    @Test
    void a_new_edition_of_a_published_plan_is_a_draft_starting_from_the_published_text_with_its_evidence_links() {
        PlanSummary published = publishedPlan();

        PlanSummary edition = editions.startNewEdition(published.id(), null, null);

        assertThat(edition.status()).isEqualTo(PlanStatus.DRAFT);
        assertThat(edition.edition()).isEqualTo(published.edition() + 1);
        assertThat(edition.cycle()).isEqualTo(published.cycle());
        assertThat(edition.followsPlanId()).isEqualTo(published.id());
        assertThat(edition.roundIds()).isEqualTo(published.roundIds());
        List<SectionText> before = plans.sections(published.id());
        List<SectionText> after = plans.sections(edition.id());
        assertThat(after).allMatch(s -> s.number() == 1 && s.note().startsWith("copied from edition " + published.edition()));
        String intro = after.getFirst().body();
        long copiedLink = firstLink(intro);
        assertThat(copiedLink).isNotEqualTo(firstLink(before.getFirst().body()));
        assertThat(intro.replaceAll("/plans/evidence/\\d+", "")).isEqualTo(before.getFirst().body().replaceAll("/plans/evidence/\\d+", ""));
        EvidenceDetail link = links.evidence(copiedLink);
        assertThat(link.planId()).isEqualTo(edition.id());
        assertThat(link.sectionId()).isEqualTo(after.getFirst().sectionId());
        assertThat(link.words()).isEqualTo("27% of all vacancies (base: 150 employers)");
        assertThat(plans.priorities(edition.id())).extracting(Priority::sicSection)
                .isEqualTo(plans.priorities(published.id()).stream().map(Priority::sicSection).toList());

        plans.save(after.getFirst().sectionId(), 1, "The new edition's introduction.");
        assertThat(plans.plan(published.id()).status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plans.sections(published.id()).getFirst().body()).isEqualTo(before.getFirst().body());
        assertThat(published(published.id()).mainBody().getFirst().body()).contains("27% of all vacancies");
        assertThat(plans.history(published.id())).extracting(HistoryEntry::what).contains("New edition");
    }

    private PlanDocument published(long planId) {
        return published.published(planId);
    }

    @Test
    void a_new_edition_may_be_for_another_cycle_and_only_a_published_plan_starts_one() {
        PlanSummary draft = generated();
        assertThatThrownBy(() -> editions.startNewEdition(draft.id(), null, null)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("Only a published plan starts a new edition");
        assertThat(editions.mayStartNewEdition(draft.id())).isFalse();
        PlanSummary published = publishedPlan();
        assertThat(editions.mayStartNewEdition(published.id())).isTrue();

        PlanSummary next = editions.startNewEdition(published.id(), 2029, 2032);

        assertThat(next.cycle()).isEqualTo("2029-2032");
        assertThat(next.status()).isEqualTo(PlanStatus.DRAFT);
        assertThatThrownBy(() -> editions.startNewEdition(published.id(), 2029, 2020))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("cycleEnd"));
        signInAs("provider");
        assertThatThrownBy(() -> editions.startNewEdition(published.id(), null, null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void the_sensitivity_check_runs_on_the_evidence_the_plan_rests_on() {
        PlanSummary plan = generated();

        List<RankingCheck> checks = drafting.sensitivity(plan.id());

        assertThat(checks.getFirst().scenario()).isEqualTo("Weighted to the business population");
        assertThat(checks.getFirst().verdict()).startsWith("Weighted check not available: ");
        assertThat(checks).extracting(RankingCheck::scenario).contains("Without micro businesses (0 to 9)",
                "Without Construction (SIC F)", "Without Education (SIC P)");
        assertThat(checks).filteredOn(c -> c.scenario().equals("Without Education (SIC P)"))
                .extracting(RankingCheck::verdict).containsExactly("Top 5 unchanged without Education.");
    }

    @Test
    void the_evidence_coverage_section_sets_responses_against_the_chosen_business_population() {
        signInAs("council");
        PlanSummary plan = plans.create(new NewPlan(null, 2026, 2029, List.of(), null));
        evidence.rounds(FixedEvidence.round(7, plan.lsipCode()));
        FixedCoverage.use(evidence, plan.lsipCode());
        evidence.setSizeBand("micro", 20);
        evidence.setSizeBand("small", 60);
        evidence.setSizeBand("medium", 45);
        evidence.setSizeBand("large", null);

        drafting.generate(plan.id(), List.of(7L), Weighting.UNWEIGHTED, 41L, null);

        assertThat(plans.plan(plan.id()).populationImportId()).isEqualTo(41L);
        String coverage = plans.sections(plan.id()).stream().filter(s -> s.kind() == SectionKind.EVIDENCE_COVERAGE)
                .findFirst().orElseThrow().body();
        assertThat(coverage).contains("Of the 2,100 businesses in").contains("ONS UK Business Counts 2025")
                .contains("| Micro (0 to 9) | 1,800 | 20 | 1.1% |").contains("| Small (10 to 49) | 200 | 60 | 30% |")
                .contains("| Large (250+) | 20 | c | c |")
                .contains("Medium-sized businesses responded most").contains("### Who is under-represented")
                .contains("micro businesses in construction (1,000 businesses, a response rate of 0.5%)");
        assertThat(plans.sections(plan.id()).getFirst().body()).contains("The business population is ONS UK Business Counts 2025");
        assertThatThrownBy(() -> drafting.generate(plan.id(), List.of(7L), Weighting.UNWEIGHTED, 999L, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors()).containsKey("populationImportId"));
    }

    @Test
    void exporting_a_plan_with_missing_sections_names_them_at_the_top_and_in_place() throws Exception {
        signInAs("council");
        PlanSummary plan = plans.create(new NewPlan(null, 2026, 2029, List.of(), null));
        plans.save(plans.sections(plan.id()).getFirst().sectionId(), 0, "Only the introduction.");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ByteArrayOutputStream docx = new ByteArrayOutputStream();

        exports.pdf(plan.id(), pdf);
        exports.docx(plan.id(), docx);

        try (PDDocument read = Loader.loadPDF(pdf.toByteArray())) {
            String text = new PDFTextStripper().getText(read).replaceAll("\\s+", " ");
            assertThat(text).contains("Not written yet: Strategic and economic context;")
                    .contains("This section has not been written yet.");
        }
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()))) {
            String text = read.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).containsIgnoringCase("not written yet").contains("Strategic and economic context");
        }
    }

    @Test
    void a_figure_whose_evidence_no_longer_exists_says_so_and_nothing_is_written() {
        PlanSummary plan = generated();
        long section = plans.sections(plan.id()).getFirst().sectionId();
        long link = firstLink(plans.section(section).body());
        evidence.rounds();
        FixedEvidence gone = new FixedEvidence() {
            @Override
            public uk.skillsplan.insight.Figure figure(uk.skillsplan.insight.MetricQuery query) {
                throw new NotFoundException("There is no survey round 7.");
            }
        };
        evidenceSource.useFixedEvidence(gone);

        EvidenceDetail detail = links.recompute(link);

        assertThat(detail.problem()).contains("The evidence behind this figure no longer exists").contains("Change the sentence by hand");
        assertThatThrownBy(() -> links.acceptNewValue(link)).isInstanceOf(ValidationException.class)
                .hasMessageContaining("no longer exists");
        assertThat(plans.section(section).number()).isEqualTo(1);
    }

    private static void signOut() {
        org.springframework.security.core.context.SecurityContextHolder.clearContext();
    }
}
