package uk.skillsplan.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.response.Answers;
import uk.skillsplan.response.BulkSubmissions;
import uk.skillsplan.response.Cell;
import uk.skillsplan.response.CollectionMode;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.EmployerQuestions;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

/**
 * Demand against provision by sector subject area (issue 9, point 6) on a hand-worked round: the
 * crosswalk in the database, the gap index, disclosure control (a provider never gets a hidden
 * cell's value, not by filtering either) and who may ask. Runs on H2 and, with -Ppostgres-tests, on
 * PostgreSQL with the same expected numbers.
 */
class DemandProvisionServiceTest extends ServiceTest {

    static final String WY = SurveyTestData.WEST_YORKSHIRE;
    static final String DFE_FILE = "\uFEFFlocation,location_code,geographic_level,time_period,notional_nvq_level,"
            + "ethnicity_group,gender,ssa_t1_desc,e_and_t_aims_ach\n"
            + "Leeds,E08000035,localAuthorityDistrict,202122,Total,Total,Total,Total,1000\n"
            + "Leeds,E08000035,localAuthorityDistrict,202122,Total,Total,Total,\"Health, Public Services and Care\",300\n"
            + "Leeds,E08000035,localAuthorityDistrict,202122,Total,Total,Total,\"Construction, Planning and the Built Environment\",100\n"
            + "Leeds,E08000035,localAuthorityDistrict,202122,Total,Total,Total,\"Business, Administration and Law\",600\n"
            + "Leeds,E08000035,localAuthorityDistrict,202122,Total,Total,Total,\"History, Philosophy and Theology\",~\n";

    @Autowired
    DemandProvisionService service;
    @Autowired
    ProvisionImportService provisionImports;
    @Autowired
    ApplicationContext context;
    @Autowired
    BulkSubmissions bulk;
    @Autowired
    JdbcTemplate jdbc;

    InsightFixture fixture;
    long providerRound;
    long dfeImport;
    /** Each employer's skill-shortage vacancies, by sector and size (what an attacker would try to single out). */
    final Map<Long, double[]> ssv = new LinkedHashMap<>();

    @BeforeEach
    void aHandWorkedArea() {
        fixture = new InsightFixture(context, "Demand gaps");
        // Six small construction firms in Leeds with 2 skill-shortage vacancies each (in skilled trades, SOC 5),
        // one medium construction firm in Bradford with 4, six small care employers in Leeds with 2 each, and
        // two farms with 5 each: too few for a figure of their own.
        List<InsightFixture.Employer> employers = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            employers.add(withSsv(InsightFixture.employer(20).in(SurveyTestData.LEEDS, "F", SizeBand.SMALL), 2, 5));
        }
        employers.add(withSsv(InsightFixture.employer(80).in(SurveyTestData.BRADFORD, "F", SizeBand.MEDIUM), 4, 5));
        for (int i = 0; i < 6; i++) {
            employers.add(withSsv(InsightFixture.employer(20).in(SurveyTestData.LEEDS, "Q", SizeBand.SMALL), 2, 6));
        }
        employers.add(withSsv(InsightFixture.employer(20).in(SurveyTestData.LEEDS, "A", SizeBand.SMALL), 5, 5));
        employers.add(withSsv(InsightFixture.employer(20).in(SurveyTestData.LEEDS, "A", SizeBand.SMALL), 5, 5));
        List<Long> ids = fixture.submit(employers.toArray(InsightFixture.Employer[]::new));
        for (int i = 0; i < ids.size(); i++) {
            InsightFixture.Employer e = employers.get(i);
            ssv.put(ids.get(i), new double[]{e.answers.get(EmployerQuestions.VAC_SSV).getFirst().number().doubleValue()});
        }

        // Five providers in Leeds, 100 filled places each over health and construction: 50 + 50.
        SurveyTestData data = fixture.data;
        providerRound = data.openRound("erb", "Provider gaps", data.versionId("PROVIDER_CORE"),
                Set.of(OrganisationKind.PROVIDER)).id();
        List<BulkSubmissions.Submission> providers = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long org = data.newOrganisation(OrganisationKind.PROVIDER, "Gap college", SurveyTestData.LEEDS).id();
            Map<String, List<Cell>> answers = new LinkedHashMap<>();
            answers.put("LOCAL_AUTHORITY", List.of(Cell.option(SurveyTestData.LEEDS)));
            answers.put("SSA_OFFERED", List.of(Cell.choice("SSA_01"), Cell.choice("SSA_05")));
            answers.put("LEVELS_OFFERED", List.of(Cell.choice(i < 3 ? "LEVEL_3" : "LEVEL_2")));
            answers.put("PLACES_TOTAL", List.of(Cell.number(120)));
            answers.put("PLACES_FILLED", List.of(Cell.number(100)));
            answers.put("CONSENT_CONTACT", List.of(Cell.option("YES")));
            providers.add(new BulkSubmissions.Submission(org, new Answers(answers), CollectionMode.ONLINE, Instant.now()));
        }
        data.as("admin", () -> bulk.submit(providerRound, providers, "Demand test"));

        dfeImport = data.as("erb", () -> provisionImports.importFile(WY, "achievements.csv",
                new ByteArrayInputStream(DFE_FILE.getBytes(StandardCharsets.UTF_8)))).imported().id();
    }

    private static InsightFixture.Employer withSsv(InsightFixture.Employer e, long ssv, int soc) {
        e.vacancies(ssv, ssv, ssv);
        List<Cell> grid = List.of(Cell.grid(String.valueOf(soc), "HEADCOUNT", 10), Cell.grid(String.valueOf(soc), "VACANCIES", ssv),
                Cell.grid(String.valueOf(soc), "HARD_TO_FILL", ssv), Cell.grid(String.valueOf(soc), "SKILL_SHORTAGE", ssv));
        e.answers.put(EmployerQuestions.WORKFORCE, grid);
        return e;
    }

    private GapQuery query() {
        return new GapQuery(WY, fixture.round.id(), providerRound, dfeImport, DemandMeasure.SSV_BY_SECTOR, null, null);
    }

    private static SubjectGap row(DemandProvisionGaps gaps, String ssa) {
        return gaps.rows().stream().filter(r -> r.ssaCode().equals(ssa)).findFirst().orElseThrow();
    }

    @Test
    void the_crosswalk_in_the_database_gives_every_occupation_group_and_sector_all_of_its_demand() {
        List<Map<String, Object>> sums = jdbc.queryForList("select scheme, code, sum(share) as total from demand_crosswalk "
                + "group by scheme, code");
        assertThat(sums).filteredOn(r -> r.get("scheme").equals("SOC2020_MAJOR")).hasSize(9);
        assertThat(sums).filteredOn(r -> r.get("scheme").equals("SOC2020_SUBMAJOR")).hasSize(26);
        assertThat(sums).filteredOn(r -> r.get("scheme").equals("SIC2007_SECTION")).hasSize(21);
        assertThat(sums).allSatisfy(r -> assertThat(((Number) r.get("total")).doubleValue()).isCloseTo(1.0, within(1e-9)));
        // SOC 5 (skilled trades) is the mean of 51-54: construction gets (0.2 + 1) / 4.
        assertThat(jdbc.queryForObject("select share from demand_crosswalk where scheme = 'SOC2020_MAJOR' and code = '5' "
                + "and ssa_code = 'SSA_05'", Double.class)).isCloseTo(0.3, within(1e-9));
    }

    @Test
    void the_gap_index_is_the_demand_share_less_the_provision_share_worked_by_hand() {
        signInAs("erb");

        DemandProvisionGaps gaps = service.gaps(query());

        // Demand by sector: construction (F -> SSA 5) 6 x 2 + 4 = 16 from 7 employers; care (Q -> SSA 1) 6 x 2 = 12
        // from 6; farms (A -> SSA 3) 10 from 2, hidden. Total 38 from 15 employers.
        assertThat(gaps.demandTotal().value()).isEqualTo(38.0);
        assertThat(gaps.demandTotal().base()).isEqualTo(15);
        SubjectGap construction = row(gaps, "SSA_05");
        SubjectGap care = row(gaps, "SSA_01");
        assertThat(construction.demand().value()).isEqualTo(16.0);
        assertThat(construction.demandShare()).isCloseTo(16 / 38.0, within(1e-12));
        assertThat(row(gaps, "SSA_03").demand().suppression()).isEqualTo(Suppression.TOO_FEW_RESPONSES);
        // The total less construction would give the farms' 10: care (the next smallest) is hidden as well.
        assertThat(care.demand().suppression()).isEqualTo(Suppression.SECONDARY);
        assertThat(care.demand().value()).isNull();
        // Places: 5 providers x 100 places split over SSA 1 and 5: 250 each of 500.
        assertThat(gaps.placesTotal().value()).isEqualTo(500.0);
        assertThat(construction.places().value()).isEqualTo(250.0);
        assertThat(construction.placesShare()).isEqualTo(0.5);
        assertThat(construction.gapPlaces()).isCloseTo(16 / 38.0 - 0.5, within(1e-12));
        // DfE: 300 + 100 + 600 = 1,000 (history is ~, not a number); construction 100 of 1,000.
        assertThat(gaps.achievementsTotal().value()).isEqualTo(1000.0);
        assertThat(gaps.provisionYear()).isEqualTo("2021/22");
        assertThat(construction.achievementsShare()).isCloseTo(0.1, within(1e-12));
        assertThat(construction.gapAchievements()).isCloseTo(16 / 38.0 - 0.1, within(1e-12));
        assertThat(care.achievementsShare()).isCloseTo(0.3, within(1e-12));
        assertThat(care.gapAchievements()).isNull();
        assertThat(row(gaps, "SSA_10").achievements().suppression()).isEqualTo(Suppression.PUBLISHER);
        // No gap where a side is hidden: business has provision but no employer's demand reaches it.
        SubjectGap business = row(gaps, "SSA_15");
        assertThat(business.achievementsShare()).isCloseTo(0.6, within(1e-12));
        assertThat(business.demand().suppressed()).isTrue();
        assertThat(business.gapAchievements()).isNull();
        assertThat(row(gaps, "SSA_03").gapAchievements()).isNull();
        // Preparation for Life and Work is on neither side.
        assertThat(gaps.rows()).extracting(SubjectGap::ssaCode).doesNotContain("SSA_14").hasSize(14);
    }

    @Test
    void occupation_demand_goes_through_the_major_groups_mean_shares() {
        signInAs("council");

        DemandProvisionGaps gaps = service.gaps(query().withMeasure(DemandMeasure.SSV_BY_OCCUPATION));

        // SOC 5 rows: 6 x 2 + 4 + 2 x 5 = 26 vacancies from 9 employers, 0.3 of them to construction;
        // SOC 6 rows (care, 6 x 2 = 12): 0.8 to health.
        assertThat(row(gaps, "SSA_05").demand().value()).isCloseTo(26 * 0.3, within(1e-9));
        assertThat(row(gaps, "SSA_01").demand().value()).isCloseTo(12 * (0.8 + 0 + 1) / 3, within(1e-9));
        assertThat(gaps.demandTotal().value()).isCloseTo(38.0, within(1e-9));
    }

    @Test
    void a_provider_sees_c_with_its_reason_for_a_hidden_cell_and_its_own_offer_marked() {
        long college = fixture.data.newOrganisation(OrganisationKind.PROVIDER, "Gap viewer", SurveyTestData.LEEDS).id();
        String tutor = fixture.data.newAccount(Role.PROVIDER, college, "Gap Tutor");
        Map<String, List<Cell>> answers = Map.of("LOCAL_AUTHORITY", List.of(Cell.option(SurveyTestData.LEEDS)),
                "SSA_OFFERED", List.of(Cell.choice("SSA_03")), "CONSENT_CONTACT", List.of(Cell.option("YES")));
        fixture.data.as("admin", () -> bulk.submit(providerRound, List.of(new BulkSubmissions.Submission(college,
                new Answers(answers), CollectionMode.ONLINE, Instant.now())), "Demand test"));
        signInAs(tutor);

        DemandProvisionGaps gaps = service.gaps(query());

        SubjectGap farms = row(gaps, "SSA_03");
        assertThat(farms.yourOffer()).isTrue();
        assertThat(farms.demand().value()).isNull();
        assertThat(farms.demand().base()).isZero();
        assertThat(farms.demandShare()).isNull();
        assertThat(farms.gapPlaces()).isNull();
        assertThat(farms.gapAchievements()).isNull();
        // The total less the shown rows would give the farms' 10: one more row is hidden.
        assertThat(gaps.rows()).filteredOn(r -> r.demand().suppression() == Suppression.SECONDARY).hasSize(1);
        assertThat(gaps.rows()).filteredOn(r -> !r.ssaCode().equals("SSA_03")).noneMatch(SubjectGap::yourOffer);
    }

    @Test
    void no_filter_gives_a_provider_a_figure_from_which_one_employers_vacancies_follow() {
        long college = fixture.data.newOrganisation(OrganisationKind.PROVIDER, "Gap attacker", SurveyTestData.LEEDS).id();
        signInAs(fixture.data.newAccount(Role.PROVIDER, college, "Gap Attacker"));
        DemandProvisionGaps all = service.gaps(query());
        List<InsightFilter> filters = new ArrayList<>();
        for (String lad : List.of(SurveyTestData.LEEDS, SurveyTestData.BRADFORD)) {
            filters.add(InsightFilter.NONE.withLocalAuthority(lad));
            for (SizeBand size : SizeBand.values()) {
                filters.add(InsightFilter.NONE.withLocalAuthority(lad).withSizeBand(size.code()));
            }
        }
        for (SizeBand size : SizeBand.values()) {
            filters.add(InsightFilter.NONE.withSizeBand(size.code()));
        }
        for (String sic : List.of("A", "F", "Q")) {
            filters.add(InsightFilter.NONE.withSicSection(sic));
            filters.add(InsightFilter.NONE.withSicSection(sic).withSizeBand(SizeBand.SMALL.code()));
        }
        Set<Double> single = Set.of(2.0, 4.0, 5.0);
        for (InsightFilter filter : filters) {
            DemandProvisionGaps narrowed = service.gaps(query().withFilter(filter));
            for (SubjectGap r : narrowed.rows()) {
                Double value = r.demand().value();
                assertThat(r.demand().suppressed() || r.demand().base() >= 5).as("%s %s", filter, r.ssaCode()).isTrue();
                Double wide = row(all, r.ssaCode()).demand().value();
                if (value != null && wide != null) {
                    assertThat(single).as("the difference from the whole area under %s for %s", filter, r.ssaCode())
                            .doesNotContain(wide - value);
                }
            }
        }
        // The medium firm is the only construction firm outside the small size band and outside Leeds: both
        // narrower cells are hidden rather than shown 4 short of the area's.
        assertThat(row(service.gaps(query().withFilter(InsightFilter.NONE.withSizeBand(SizeBand.SMALL.code()))), "SSA_05")
                .demand().suppressed()).isTrue();
        assertThat(row(service.gaps(query().withFilter(InsightFilter.NONE.withLocalAuthority(SurveyTestData.LEEDS))), "SSA_05")
                .demand().suppressed()).isTrue();
    }

    @Test
    void each_role_sees_its_own_area_and_employers_none() {
        for (String user : List.of("erb", "council", "provider", "admin")) {
            signInAs(user);
            assertThat(service.gaps(query()).rows()).as(user).hasSize(14);
        }
        signInAs("employer");
        assertThatThrownBy(() -> service.gaps(query())).isInstanceOf(AccessDeniedException.class);
        signInAs("erb.gm");
        assertThatThrownBy(() -> service.gaps(query())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.provisionImports(WY)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_round_or_import_of_another_kind_or_area_is_not_found() {
        signInAs("erb");
        assertThatThrownBy(() -> service.gaps(new GapQuery(WY, providerRound, null, null, null, null, null)))
                .isInstanceOf(uk.skillsplan.base.NotFoundException.class);
        assertThatThrownBy(() -> service.gaps(new GapQuery(WY, fixture.round.id(), fixture.round.id(), null, null, null, null)))
                .isInstanceOf(uk.skillsplan.base.NotFoundException.class);
        assertThatThrownBy(() -> service.gaps(new GapQuery(WY, fixture.round.id(), null, -1L, null, null, null)))
                .isInstanceOf(uk.skillsplan.base.NotFoundException.class);
    }

    @Test
    void a_provider_level_narrows_the_places_and_hides_them_below_five_providers() {
        signInAs("erb");

        DemandProvisionGaps level3 = service.gaps(query().withLevel("LEVEL_3"));

        assertThat(level3.placesTotal().suppressed()).isTrue();
        assertThat(level3.rows()).allMatch(r -> r.places().value() == null && r.gapPlaces() == null);
    }
}
