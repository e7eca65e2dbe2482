package uk.skillsplan.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.testing.ServiceTest;

class OrganisationServiceTest extends ServiceTest {

    private static final String WEST_YORKSHIRE = "E69000037";
    private static final String GREATER_MANCHESTER = "E69000014";
    private static final String CORNWALL = "E69000005";
    private static final String LEEDS = "E08000035";
    private static final String MANCHESTER = "E08000003";

    @Autowired
    OrganisationService organisations;

    private OrganisationSummary kirkstall;
    private OrganisationSummary calderCareHomes;
    private OrganisationSummary ancoats;

    @BeforeEach
    void findDemoOrganisations() {
        signInAs("admin");
        kirkstall = named("Kirkstall Precision Engineering");
        calderCareHomes = named("Calder Care Homes");
        ancoats = named("Ancoats Software Co-operative");
    }

    @Test
    void an_administrator_sees_organisations_of_every_area() {
        List<OrganisationSummary> all = organisations.search(OrganisationQuery.all(), Pageable.unpaged());

        assertThat(all).extracting(OrganisationSummary::lsipCode).contains(WEST_YORKSHIRE, GREATER_MANCHESTER, CORNWALL);
        assertThat(organisations.count(OrganisationQuery.all())).isEqualTo(all.size());
    }

    @Test
    void an_erb_lead_sees_and_counts_only_their_own_area() {
        int westYorkshire = organisations.count(new OrganisationQuery(null, null, WEST_YORKSHIRE, true));
        signInAs("erb");

        List<OrganisationSummary> seen = organisations.search(OrganisationQuery.all(), Pageable.unpaged());

        assertThat(seen).isNotEmpty().allSatisfy(o -> assertThat(o.lsipCode()).isEqualTo(WEST_YORKSHIRE));
        assertThat(seen).hasSize(westYorkshire);
        assertThat(organisations.count(OrganisationQuery.all())).isEqualTo(westYorkshire);
    }

    @Test
    void an_erb_lead_asking_for_another_area_still_gets_only_their_own() {
        signInAs("erb");

        List<OrganisationSummary> seen = organisations.search(
                new OrganisationQuery(null, null, GREATER_MANCHESTER, true), Pageable.unpaged());

        assertThat(seen).isNotEmpty().allSatisfy(o -> assertThat(o.lsipCode()).isEqualTo(WEST_YORKSHIRE));
        assertThat(organisations.count(new OrganisationQuery("Ancoats", null, GREATER_MANCHESTER, true))).isZero();
    }

    @Test
    void an_erb_lead_may_not_open_change_or_deactivate_an_organisation_in_another_area() {
        signInAs("erb");

        assertRefused(() -> organisations.get(ancoats.id()));
        assertRefused(() -> organisations.update(ancoats.id(), employer("Taken Over", LEEDS)));
        assertRefused(() -> organisations.setActive(ancoats.id(), false));

        signInAs("admin");
        OrganisationSummary unchanged = organisations.get(ancoats.id());
        assertThat(unchanged.name()).isEqualTo("Ancoats Software Co-operative");
        assertThat(unchanged.active()).isTrue();
    }

    @Test
    void an_erb_lead_manages_organisations_in_their_own_area() {
        signInAs("erb");
        String name = unique("Shipley Joinery");

        OrganisationSummary created = organisations.create(employer(name, "E08000032"));
        OrganisationSummary renamed = organisations.update(created.id(), employer(name + " Ltd", "E08000032"));
        organisations.setActive(created.id(), false);

        assertThat(renamed.name()).isEqualTo(name + " Ltd");
        assertThat(renamed.localAuthorityName()).isEqualTo("Bradford");
        assertThat(organisations.get(created.id()).active()).isFalse();
        assertThat(organisations.search(new OrganisationQuery(name, null, null, false), Pageable.unpaged())).isEmpty();
        assertThat(organisations.search(new OrganisationQuery(name, null, null, true), Pageable.unpaged())).hasSize(1);
    }

    @Test
    void an_erb_lead_cannot_place_an_organisation_outside_their_area() {
        signInAs("erb");
        int before = organisations.count(OrganisationQuery.all());

        Map<String, String> errors = refused(() -> organisations.create(employer(unique("Moss Side Mill"), MANCHESTER)));

        assertThat(errors).containsEntry("ladCode", "Choose a local authority in your own LSIP area.");
        assertThat(organisations.count(OrganisationQuery.all())).isEqualTo(before);
    }

    @Test
    void an_erb_lead_cannot_move_their_own_organisation_to_another_area() {
        signInAs("erb");
        OrganisationSummary created = organisations.create(employer(unique("Otley Forge"), LEEDS));

        Map<String, String> errors = refused(() -> organisations.update(created.id(), employer(created.name(), MANCHESTER)));

        assertThat(errors).containsKey("ladCode");
        assertThat(organisations.get(created.id()).ladCode()).isEqualTo(LEEDS);
    }

    @Test
    void an_employer_may_not_list_or_count_organisations() {
        signInAs("employer");

        assertRefused(() -> organisations.search(OrganisationQuery.all(), Pageable.unpaged()));
        assertRefused(() -> organisations.count(OrganisationQuery.all()));
        assertRefused(() -> organisations.names(List.of(kirkstall.id())));
    }

    @Test
    void an_employer_may_not_create_change_or_deactivate_organisations() {
        signInAs("employer");

        assertRefused(() -> organisations.create(employer(unique("Self Made"), LEEDS)));
        assertRefused(() -> organisations.update(kirkstall.id(), employer("Kirkstall Renamed", LEEDS)));
        assertRefused(() -> organisations.setActive(kirkstall.id(), false));
    }

    @Test
    void an_employer_sees_their_own_organisation_but_not_another() {
        signInAs("employer");

        assertThat(organisations.get(kirkstall.id()).name()).isEqualTo("Kirkstall Precision Engineering");
        assertThat(organisations.mine()).hasValueSatisfying(mine -> assertThat(mine.id()).isEqualTo(kirkstall.id()));
        assertThat(organisations.myArea()).hasValueSatisfying(area -> assertThat(area.name()).isEqualTo("West Yorkshire"));
        assertRefused(() -> organisations.get(calderCareHomes.id()));
    }

    @Test
    void an_administrator_belongs_to_no_organisation_or_area() {
        assertThat(organisations.mine()).isEmpty();
        assertThat(organisations.myArea()).isEmpty();
    }

    @Test
    void names_of_organisations_are_given_only_for_those_the_caller_may_see() {
        signInAs("erb");

        Map<Long, String> names = organisations.names(List.of(kirkstall.id(), ancoats.id()));

        assertThat(names).containsOnlyKeys(kirkstall.id()).containsEntry(kirkstall.id(), "Kirkstall Precision Engineering");
    }

    @Test
    void an_organisation_needs_a_name_and_nothing_is_saved_without_one() {
        int before = organisations.count(OrganisationQuery.all());

        Map<String, String> errors = refused(() -> organisations.create(employer("   ", LEEDS)));

        assertThat(errors).containsOnlyKeys("name").containsEntry("name", "Enter the organisation's name.");
        assertThat(organisations.count(OrganisationQuery.all())).isEqualTo(before);
    }

    @Test
    void an_unknown_local_authority_code_is_refused() {
        int before = organisations.count(OrganisationQuery.all());

        Map<String, String> errors = refused(() -> organisations.create(employer(unique("Nowhere Ltd"), "E99999999")));

        assertThat(errors.get("ladCode")).startsWith("\"E99999999\" is not a local authority code in England");
        assertThat(organisations.count(OrganisationQuery.all())).isEqualTo(before);
    }

    @Test
    void a_malformed_companies_house_number_is_refused() {
        int before = organisations.count(OrganisationQuery.all());

        Map<String, String> errors = refused(() -> organisations.create(new OrganisationDraft(OrganisationKind.EMPLOYER,
                unique("Malformed Ltd"), LEEDS, "C", SizeBand.SMALL, "12AB")));

        assertThat(errors).containsOnlyKeys("companiesHouseNumber");
        assertThat(errors.get("companiesHouseNumber")).startsWith("A Companies House number has 8 characters");
        assertThat(organisations.count(OrganisationQuery.all())).isEqualTo(before);
    }

    @Test
    void a_companies_house_number_is_stored_in_its_usual_form() {
        OrganisationSummary created = organisations.create(new OrganisationDraft(OrganisationKind.EMPLOYER,
                unique("Scottish Branch"), LEEDS, "c", SizeBand.SMALL, " sc 123456 "));

        assertThat(created.companiesHouseNumber()).isEqualTo("SC123456");
        assertThat(created.sicSection()).isEqualTo("C");
    }

    @Test
    void an_employer_needs_an_industry_and_a_size_band() {
        int before = organisations.count(OrganisationQuery.all());

        Map<String, String> errors = refused(() -> organisations.create(new OrganisationDraft(OrganisationKind.EMPLOYER,
                unique("Vague Ltd"), LEEDS, null, null, null)));

        assertThat(errors).containsOnlyKeys("sicSection", "sizeBand");
        assertThat(organisations.count(OrganisationQuery.all())).isEqualTo(before);
    }

    @Test
    void a_college_needs_neither_industry_nor_size_band() {
        OrganisationSummary created = organisations.create(new OrganisationDraft(OrganisationKind.PROVIDER,
                unique("Leeds Skills Academy"), LEEDS, null, null, null));

        assertThat(created.kind()).isEqualTo(OrganisationKind.PROVIDER);
        assertThat(created.lsipAreaName()).isEqualTo("West Yorkshire");
    }

    @Test
    void an_industry_outside_sic_2007_is_refused() {
        Map<String, String> errors = refused(() -> organisations.create(new OrganisationDraft(OrganisationKind.EMPLOYER,
                unique("Odd Industry"), LEEDS, "Z", SizeBand.MICRO, null)));

        assertThat(errors).containsEntry("sicSection", "Choose a SIC 2007 section from A to U.");
    }

    @Test
    void every_problem_is_reported_at_once() {
        Map<String, String> errors = refused(() -> organisations.create(new OrganisationDraft(null, "", null, null, null,
                "12AB")));

        assertThat(errors).containsOnlyKeys("kind", "name", "ladCode", "companiesHouseNumber");
    }

    @Test
    void an_invalid_change_leaves_the_organisation_as_it_was() {
        OrganisationSummary created = organisations.create(employer(unique("Steady Works"), LEEDS));

        refused(() -> organisations.update(created.id(), new OrganisationDraft(OrganisationKind.EMPLOYER, "Renamed",
                "E99999999", "C", SizeBand.SMALL, null)));

        assertThat(organisations.get(created.id()).name()).isEqualTo(created.name());
    }

    @Test
    void an_organisations_kind_is_fixed_once_it_has_accounts_or_responses_but_not_before() {
        signInAs("erb");
        OrganisationSummary fresh = organisations.create(employer(unique("Kind not yet fixed"), LEEDS));
        OrganisationDraft asCollege = new OrganisationDraft(OrganisationKind.PROVIDER, fresh.name(), LEEDS, null, null, null);

        assertThat(organisations.update(fresh.id(), asCollege).kind()).isEqualTo(OrganisationKind.PROVIDER);

        // Kirkstall has a sign-in account (the demo employer); Calder Care Homes has accounts too.
        OrganisationDraft kirkstallAsCollege = new OrganisationDraft(OrganisationKind.PROVIDER, kirkstall.name(),
                kirkstall.ladCode(), null, null, null);
        assertThat(refused(() -> organisations.update(kirkstall.id(), kirkstallAsCollege)))
                .containsOnlyKeys("kind").extractingByKey("kind").asString()
                .startsWith("The kind cannot change: this organisation has sign-in accounts");
        assertThat(organisations.get(kirkstall.id()).kind()).isEqualTo(OrganisationKind.EMPLOYER);
    }

    @Test
    void an_organisation_that_has_answered_a_survey_keeps_its_kind() {
        signInAs("erb");
        // Demo employers without accounts have answered the demo round.
        OrganisationSummary answered = organisations.search(new OrganisationQuery("Wakefield Logistics Hub", null, null,
                true), Pageable.unpaged()).getFirst();
        OrganisationDraft asCouncil = new OrganisationDraft(OrganisationKind.COUNCIL, answered.name(), answered.ladCode(),
                null, null, null);

        assertThat(refused(() -> organisations.update(answered.id(), asCouncil)).get("kind")).contains("survey responses");
    }

    private OrganisationSummary named(String name) {
        return organisations.search(new OrganisationQuery(name, null, null, true), Pageable.unpaged()).stream()
                .filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private static OrganisationDraft employer(String name, String ladCode) {
        return new OrganisationDraft(OrganisationKind.EMPLOYER, name, ladCode, "C", SizeBand.SMALL, null);
    }

    private static void assertRefused(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }

    private static Map<String, String> refused(ThrowingCallable call) {
        ValidationException problem = catchThrowableOfType(ValidationException.class, call);
        assertThat(problem).as("a ValidationException").isNotNull();
        return problem.fieldErrors();
    }

    private static String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
