package uk.skillsplan.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationService;

class PlanResponseServiceTest extends FollowThroughTest {

    @Autowired
    PlanResponseService responses;
    @Autowired
    OrganisationService organisations;
    @Autowired
    PlanExportService exports;

    static ResponseDraft providerDraft(String action) {
        return new ResponseDraft(action, "from September 2027", "40 places a year", "Too few assessors",
                "Funding for two assessor posts", "", "");
    }

    @Test
    void a_provider_records_its_response_and_the_plan_shows_it_under_the_priority() {
        PlanSummary plan = generated();
        String priority = plans.priorities(plan.id()).getFirst().sicSection();
        signInAs("provider");

        PriorityResponse saved = responses.save(plan.id(), priority, null, null, providerDraft("A Level 3 groundworks course"));

        assertThat(saved.organisationKind()).isEqualTo(OrganisationKind.PROVIDER);
        assertThat(saved.organisationName()).isEqualTo("Aire Valley College");
        signInAs("council");
        assertThat(responses.responses(plan.id())).singleElement()
                .satisfies(r -> assertThat(r.draft().plannedAction()).isEqualTo("A Level 3 groundworks course"));
        assertThat(plans.history(plan.id())).extracting(HistoryEntry::what).contains("Response saved");
    }

    @Test
    void the_docx_and_the_pdf_show_each_response_under_its_priority_and_hostile_text_stays_plain_text() throws Exception {
        PlanSummary plan = generated();
        Priority first = plans.priorities(plan.id()).getFirst();
        signInAs("provider");
        responses.save(plan.id(), first.sicSection(), null, null,
                providerDraft("<b>Level 3</b> groundworks\u0001 <script>alert(1)</script>"));
        signInAs("council");
        responses.save(plan.id(), first.sicSection(), null, null,
                new ResponseDraft("", "", "", "", "", "=HYPERLINK(\"http://x\") Adult skills fund", ""));
        String provider = "Aire Valley College: Planned action: <b>Level 3</b> groundworks <script>alert(1)</script>. "
                + "Timescale: from September 2027";

        var docx = new java.io.ByteArrayOutputStream();
        exports.docx(plan.id(), docx);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx.toByteArray()))) {
            java.util.List<String> paragraphs = doc.getParagraphs().stream().map(p -> p.getText()).toList();
            int heading = paragraphs.indexOf(PlanDocument.RESPONSES_TITLE);
            assertThat(heading).isPositive();
            assertThat(doc.getParagraphs().get(heading).getStyle()).isEqualTo("Heading2");
            assertThat(paragraphs.get(heading + 1)).isEqualTo(first.rank() + ". " + first.title());
            assertThat(paragraphs.get(heading + 2)).startsWith("\u2022 " + provider);
            assertThat(paragraphs.get(heading + 3)).contains(": Funding: =HYPERLINK(\"http://x\") Adult skills fund.");
        }
        var pdf = new java.io.ByteArrayOutputStream();
        exports.pdf(plan.id(), pdf);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.toByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(PlanDocument.RESPONSES_TITLE + " " + first.rank() + ". " + first.title() + " " + provider);
        }
        signInAs("erb");
        assertThat(exports.document(plan.id()).responsesTo(first)).hasSize(2);
    }

    @Test
    void a_council_records_its_levers_and_must_give_at_least_one() {
        PlanSummary plan = generated();
        String priority = plans.priorities(plan.id()).getFirst().sicSection();

        assertThatThrownBy(() -> responses.save(plan.id(), priority, null, null, ResponseDraft.empty()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsKey("funding"));
        PriorityResponse levers = responses.save(plan.id(), priority, null, null,
                new ResponseDraft("", "", "", "", "", "Adult skills fund: 200 places", "Commission bootcamps in 2027"));

        assertThat(levers.organisationKind()).isEqualTo(OrganisationKind.COUNCIL);
        assertThat(responses.responses(plan.id())).hasSize(1);
    }

    @Test
    void a_response_for_an_organisation_outside_the_plans_area_is_refused_with_a_clear_message_and_nothing_saved() {
        signInAs("erb.gm");
        long manchester = organisations.mine().orElseThrow().id();
        PlanSummary plan = generated();
        String priority = plans.priorities(plan.id()).getFirst().sicSection();
        signInAs("erb");

        assertThatThrownBy(() -> responses.save(plan.id(), priority, manchester, null, providerDraft("Anything")))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors().get("organisation"))
                        .contains("not in West Yorkshire").contains("only organisations of the plan's area"));
        assertThat(responses.responses(plan.id())).isEmpty();
    }

    @Test
    void a_provider_of_another_area_cannot_respond_at_all() {
        PlanSummary plan = generated();
        String priority = plans.priorities(plan.id()).getFirst().sicSection();
        signInAs("erb.gm");

        assertThatThrownBy(() -> responses.save(plan.id(), priority, null, null, providerDraft("Anything")))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("plan's area");
    }

    @Test
    void a_provider_edits_only_its_own_response() {
        PlanSummary plan = generated();
        String priority = plans.priorities(plan.id()).getFirst().sicSection();
        PriorityResponse council = responses.save(plan.id(), priority, null, null,
                new ResponseDraft("", "", "", "", "", "Adult skills fund", ""));
        signInAs("provider");

        assertThatThrownBy(() -> responses.save(plan.id(), priority, council.organisationId(), council.version(),
                providerDraft("Overwrite the council"))).isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("only your own organisation");
        signInAs("council");
        assertThat(responses.responses(plan.id())).singleElement()
                .satisfies(r -> assertThat(r.draft().funding()).isEqualTo("Adult skills fund"));
    }

    @Test
    void a_save_from_a_stale_version_is_refused_and_keeps_the_newer_text() {
        PlanSummary plan = generated();
        String priority = plans.priorities(plan.id()).getFirst().sicSection();
        signInAs("provider");
        PriorityResponse first = responses.save(plan.id(), priority, null, null, providerDraft("First"));
        PriorityResponse second = responses.save(plan.id(), priority, null, first.version(), providerDraft("Second"));

        assertThatThrownBy(() -> responses.save(plan.id(), priority, null, first.version(), providerDraft("Stale")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("after you opened it");
        assertThatThrownBy(() -> responses.save(plan.id(), priority, null, null, providerDraft("Also stale")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("was not saved");
        assertThat(responses.response(plan.id(), priority, null)).get()
                .satisfies(r -> {
                    assertThat(r.draft().plannedAction()).isEqualTo("Second");
                    assertThat(r.version()).isEqualTo(second.version());
                });
    }

    @Test
    void a_provider_must_say_what_and_when() {
        PlanSummary plan = generated();
        String priority = plans.priorities(plan.id()).getFirst().sicSection();
        signInAs("provider");

        assertThatThrownBy(() -> responses.save(plan.id(), priority, null, null, ResponseDraft.empty()))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).fieldErrors()).containsKeys("plannedAction", "timescale"));
        assertThatThrownBy(() -> responses.save(plan.id(), "ZZ", null, null, providerDraft("x")))
                .isInstanceOf(ValidationException.class).hasMessageContaining("plan's priorities");
    }
}
