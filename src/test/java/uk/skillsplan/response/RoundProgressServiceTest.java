package uk.skillsplan.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

class RoundProgressServiceTest extends ServiceTest {

    private static final String BRADFORD = SurveyTestData.BRADFORD;
    private static final String LEEDS = SurveyTestData.LEEDS;

    @Autowired
    RoundProgressService progress;

    @Autowired
    ResponseService responses;

    @Autowired
    OrganisationService organisations;

    @Autowired
    ApplicationContext context;

    private SurveyTestData data;
    private SurveyRoundSummary round;

    @BeforeEach
    void openAFreshRound() {
        data = new SurveyTestData(context);
        round = data.openEmployerRound("Progress test");
        signInAs("erb");
    }

    @Test
    void a_fresh_round_has_asked_every_active_employer_of_the_area_and_nobody_has_started() {
        RoundProgress counts = progress.progress(round.id());

        assertThat(counts.total().invited()).isPositive();
        assertThat(counts.total().started()).isZero();
        assertThat(counts.total().submitted()).isZero();
        assertThat(sumOfInvited(counts.byLocalAuthority())).isEqualTo(counts.total().invited());
        assertThat(sumOfInvited(counts.bySector())).isEqualTo(counts.total().invited());
        assertThat(sumOfInvited(counts.bySizeBand())).isEqualTo(counts.total().invited());
        assertThat(progress.countNotSubmitted(round.id())).isEqualTo(counts.total().invited());
        assertThat(progress.total(round.id())).isEqualTo(counts.total());
    }

    @Test
    void counts_by_local_authority_sector_and_size_follow_what_organisations_have_done() {
        RoundProgress before = progress.progress(round.id());
        OrganisationSummary submitter = data.newEmployer("Progress foundry", LEEDS, "C", SizeBand.SMALL);
        OrganisationSummary starter = data.newEmployer("Progress studio", BRADFORD, "J", SizeBand.MICRO);
        data.newEmployer("Progress builder", BRADFORD, "F", SizeBand.MEDIUM);
        signInAs("erb");
        long submitted = responses.startOnBehalf(round.id(), submitter.id()).id();
        data.complete(submitted, 14);
        responses.submit(submitted);
        responses.startOnBehalf(round.id(), starter.id());
        signInAs("employer");
        responses.startOrResume(round.id());
        signInAs("erb");

        RoundProgress after = progress.progress(round.id());

        assertThat(after.total().invited()).isEqualTo(before.total().invited() + 3);
        assertThat(after.total().started()).isEqualTo(3);
        assertThat(after.total().submitted()).isEqualTo(1);
        Map<String, ProgressRow> la = byCode(after.byLocalAuthority());
        assertThat(la.get(LEEDS)).satisfies(row -> {
            assertThat(row.label()).isEqualTo("Leeds");
            assertThat(row.invited()).isEqualTo(invited(before.byLocalAuthority(), LEEDS) + 1);
            assertThat(row.started()).isEqualTo(2);
            assertThat(row.submitted()).isEqualTo(1);
        });
        assertThat(la.get(BRADFORD)).satisfies(row -> {
            assertThat(row.invited()).isEqualTo(invited(before.byLocalAuthority(), BRADFORD) + 2);
            assertThat(row.started()).isEqualTo(1);
            assertThat(row.submitted()).isZero();
        });
        Map<String, ProgressRow> sector = byCode(after.bySector());
        assertThat(sector.get("C")).extracting(ProgressRow::invited, ProgressRow::started, ProgressRow::submitted)
                .containsExactly(invited(before.bySector(), "C") + 1, 2, 1);
        assertThat(sector.get("J")).extracting(ProgressRow::invited, ProgressRow::started, ProgressRow::submitted)
                .containsExactly(invited(before.bySector(), "J") + 1, 1, 0);
        assertThat(sector.get("F")).extracting(ProgressRow::invited, ProgressRow::started, ProgressRow::submitted)
                .containsExactly(invited(before.bySector(), "F") + 1, 0, 0);
        Map<String, ProgressRow> size = byCode(after.bySizeBand());
        assertThat(size.get("small")).extracting(ProgressRow::invited, ProgressRow::started, ProgressRow::submitted)
                .containsExactly(invited(before.bySizeBand(), "small") + 1, 2, 1);
        assertThat(size.get("micro")).extracting(ProgressRow::invited, ProgressRow::started, ProgressRow::submitted)
                .containsExactly(invited(before.bySizeBand(), "micro") + 1, 1, 0);
        assertThat(size.get("medium")).extracting(ProgressRow::invited, ProgressRow::started, ProgressRow::submitted)
                .containsExactly(invited(before.bySizeBand(), "medium") + 1, 0, 0);
        assertThat(progress.countNotSubmitted(round.id())).isEqualTo(after.total().invited() - 1);
    }

    @Test
    void only_active_organisations_of_the_kinds_asked_count() {
        int before = progress.total(round.id()).invited();
        OrganisationSummary employer = data.newEmployer("Soon closed", LEEDS, "G", SizeBand.MICRO);
        data.newOrganisation(OrganisationKind.PROVIDER, "Not asked college", LEEDS);
        data.newOrganisation(OrganisationKind.EMPLOYER, "Manchester employer", SurveyTestData.MANCHESTER);
        signInAs("erb");
        assertThat(progress.total(round.id()).invited()).isEqualTo(before + 1);

        organisations.setActive(employer.id(), false);

        assertThat(progress.total(round.id()).invited()).isEqualTo(before);
    }

    @Test
    void the_list_to_chase_is_paged_leaves_out_submitters_and_matches_its_count() {
        OrganisationSummary submitter = data.newEmployer("Chase submitter", LEEDS, "C", SizeBand.SMALL);
        OrganisationSummary starter = data.newEmployer("Chase starter", LEEDS, "C", SizeBand.SMALL);
        OrganisationSummary silent = data.newEmployer("Chase silent", BRADFORD, "C", SizeBand.SMALL);
        signInAs("erb");
        long submitted = responses.startOnBehalf(round.id(), submitter.id()).id();
        data.complete(submitted, 3);
        responses.submit(submitted);
        responses.startOnBehalf(round.id(), starter.id());

        int count = progress.countNotSubmitted(round.id());
        List<NonRespondent> all = progress.notSubmitted(round.id(), 0, count + 10);
        List<NonRespondent> paged = new ArrayList<>();
        for (int offset = 0; offset < count; offset += 3) {
            List<NonRespondent> page = progress.notSubmitted(round.id(), offset, 3);
            assertThat(page).hasSizeLessThanOrEqualTo(3).isNotEmpty();
            paged.addAll(page);
        }

        assertThat(all).hasSize(count);
        assertThat(count).isEqualTo(progress.total(round.id()).invited() - 1);
        assertThat(paged).isEqualTo(all);
        assertThat(progress.notSubmitted(round.id(), count, 3)).isEmpty();
        Map<Long, NonRespondent> byId = all.stream().collect(Collectors.toMap(NonRespondent::organisationId, Function.identity()));
        assertThat(byId).doesNotContainKey(submitter.id());
        assertThat(byId.get(starter.id())).satisfies(n -> {
            assertThat(n.name()).isEqualTo(starter.name());
            assertThat(n.localAuthority()).isEqualTo("Leeds");
            assertThat(n.sicSection()).isEqualTo("C");
            assertThat(n.sizeBand()).isEqualTo("small");
            assertThat(n.status()).isEqualTo(ResponseStatus.DRAFT);
        });
        assertThat(byId.get(silent.id()).status()).isNull();
        assertThat(byId.get(silent.id()).localAuthority()).isEqualTo("Bradford");
    }

    @Test
    void the_chase_list_narrowed_by_sections_size_band_and_local_authority_holds_exactly_those_organisations() {
        OrganisationSummary leedsMicroF = data.newEmployer("Filter builder", LEEDS, "F", SizeBand.MICRO);
        OrganisationSummary bradfordMicroF = data.newEmployer("Filter roofer", BRADFORD, "F", SizeBand.MICRO);
        OrganisationSummary leedsMicroG = data.newEmployer("Filter shop", LEEDS, "G", SizeBand.MICRO);
        OrganisationSummary leedsSmallF = data.newEmployer("Filter contractor", LEEDS, "F", SizeBand.SMALL);
        OrganisationSummary leedsMicroFSubmitted = data.newEmployer("Filter joiner", LEEDS, "F", SizeBand.MICRO);
        signInAs("erb");
        long id = responses.startOnBehalf(round.id(), leedsMicroFSubmitted.id()).id();
        data.complete(id, 3);
        responses.submit(id);
        List<NonRespondent> everyone = progress.notSubmitted(round.id(), 0, 100_000);

        ChaseFilter fMicroLeeds = new ChaseFilter(java.util.Set.of("F"), "micro", LEEDS);
        ChaseFilter fgMicro = new ChaseFilter(java.util.Set.of("F", "G"), "micro", null);
        ChaseFilter sectionsOnly = new ChaseFilter(java.util.Set.of("F", "G"), null, null);
        for (ChaseFilter filter : List.of(fMicroLeeds, fgMicro, sectionsOnly, ChaseFilter.NONE)) {
            List<NonRespondent> expected = everyone.stream().filter(n -> matches(n, filter)).toList();
            assertThat(progress.notSubmitted(round.id(), filter, 0, 100_000)).as(filter.toString()).isEqualTo(expected);
            assertThat(progress.countNotSubmitted(round.id(), filter)).as(filter.toString()).isEqualTo(expected.size());
        }
        assertThat(progress.notSubmitted(round.id(), fMicroLeeds, 0, 100_000)).extracting(NonRespondent::organisationId)
                .contains(leedsMicroF.id())
                .doesNotContain(bradfordMicroF.id(), leedsMicroG.id(), leedsSmallF.id(), leedsMicroFSubmitted.id());
        assertThat(progress.notSubmitted(round.id(), fgMicro, 0, 100_000)).extracting(NonRespondent::organisationId)
                .contains(leedsMicroF.id(), bradfordMicroF.id(), leedsMicroG.id()).doesNotContain(leedsSmallF.id());
        assertThat(progress.countNotSubmitted(round.id(), fMicroLeeds)).isLessThan(everyone.size());
        List<NonRespondent> firstPage = progress.notSubmitted(round.id(), sectionsOnly, 0, 2);
        List<NonRespondent> secondPage = progress.notSubmitted(round.id(), sectionsOnly, 2, 2);
        assertThat(firstPage).hasSize(2).doesNotContainAnyElementsOf(secondPage);
    }

    @Test
    void a_filter_that_is_not_a_section_size_band_or_local_authority_code_is_refused_before_any_sql() {
        assertThatThrownBy(() -> new ChaseFilter(java.util.Set.of("G' or 1=1 --"), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChaseFilter(java.util.Set.of(), "huge", null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ChaseFilter(java.util.Set.of(), null, "Leeds")).isInstanceOf(IllegalArgumentException.class);
        ChaseFilter filter = new ChaseFilter(java.util.Set.of("G", "C"), "micro", LEEDS);
        assertThat(filter.queryString()).isEqualTo("sic=C&sic=G&size=micro&lad=" + LEEDS);
        assertThat(ChaseFilter.fromParameters(Map.of("sic", List.of("G", "C"), "size", List.of("micro"), "lad", List.of(LEEDS))))
                .isEqualTo(filter);
    }

    @Test
    void the_filtered_chase_list_of_a_foreign_round_is_refused_as_the_whole_list_is() {
        ChaseFilter filter = new ChaseFilter(java.util.Set.of("C"), "small", LEEDS);
        for (String username : List.of("erb.gm", "employer", "provider", "council")) {
            signInAs(username);
            assertDenied(() -> progress.notSubmitted(round.id(), filter, 0, 10));
            assertDenied(() -> progress.countNotSubmitted(round.id(), filter));
        }
        signInAs("admin");
        assertThat(progress.countNotSubmitted(round.id(), filter)).isEqualTo(progress.notSubmitted(round.id(), filter, 0, 100_000).size());
    }

    private static boolean matches(NonRespondent n, ChaseFilter filter) {
        return (filter.sicSections().isEmpty() || filter.sicSections().contains(n.sicSection()))
                && (filter.sizeBand() == null || filter.sizeBand().equals(n.sizeBand()))
                && (filter.ladCode() == null || "Leeds".equals(n.localAuthority()));
    }

    @Test
    void an_amended_submission_still_counts_as_submitted() {
        OrganisationSummary amender = data.newEmployer("Amender", LEEDS, "C", SizeBand.SMALL);
        signInAs("erb");
        long id = responses.startOnBehalf(round.id(), amender.id()).id();
        data.complete(id, 3);
        responses.submit(id);
        int waiting = progress.countNotSubmitted(round.id());

        responses.save(id, SurveyTestData.requiredEmployerAnswers(4));

        assertThat(responses.open(id).response().status()).isEqualTo(ResponseStatus.AMENDING);
        assertThat(progress.total(round.id()).submitted()).isEqualTo(1);
        assertThat(progress.countNotSubmitted(round.id())).isEqualTo(waiting);
    }

    @Test
    void respondents_cannot_follow_a_rounds_progress() {
        for (String username : List.of("employer", "provider", "council")) {
            signInAs(username);
            assertDenied(() -> progress.progress(round.id()));
            assertDenied(() -> progress.total(round.id()));
            assertDenied(() -> progress.notSubmitted(round.id(), 0, 10));
            assertDenied(() -> progress.countNotSubmitted(round.id()));
        }
    }

    @Test
    void the_erb_lead_of_another_area_cannot_follow_the_rounds_progress_but_an_administrator_can() {
        signInAs("erb.gm");
        assertDenied(() -> progress.progress(round.id()));
        assertDenied(() -> progress.total(round.id()));
        assertDenied(() -> progress.notSubmitted(round.id(), 0, 10));
        assertDenied(() -> progress.countNotSubmitted(round.id()));

        signInAs("admin");
        assertThat(progress.progress(round.id()).total().invited()).isPositive();
    }

    private static int sumOfInvited(List<ProgressRow> rows) {
        return rows.stream().mapToInt(ProgressRow::invited).sum();
    }

    private static int invited(List<ProgressRow> rows, String code) {
        return rows.stream().filter(r -> r.code().equals(code)).mapToInt(ProgressRow::invited).findFirst().orElse(0);
    }

    private static Map<String, ProgressRow> byCode(List<ProgressRow> rows) {
        return rows.stream().collect(Collectors.toMap(ProgressRow::code, Function.identity()));
    }

    private static void assertDenied(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }
}
