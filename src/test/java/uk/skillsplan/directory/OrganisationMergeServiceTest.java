package uk.skillsplan.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.outreach.InvitationService;
import uk.skillsplan.outreach.InviteFilter;
import uk.skillsplan.outreach.RefusingMailServer;
import uk.skillsplan.outreach.outbox.OutboxDelivery;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import uk.skillsplan.response.ResponseService;
import uk.skillsplan.response.ResponseSummary;
import uk.skillsplan.security.AuditAction;
import uk.skillsplan.security.AuditQuery;
import uk.skillsplan.security.AuditTrail;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

/**
 * Likely duplicates and merging them: found by Companies House number or normalised name in the same
 * local authority; a merge moves contacts, accounts, responses and invitations in one transaction
 * (the other modules through {@link OrganisationsMerged}) and retires the duplicate, or refuses as a
 * whole when both answered the same round.
 */
class OrganisationMergeServiceTest extends ServiceTest {

    @Autowired ApplicationContext context;
    @Autowired OrganisationMergeService merges;
    @Autowired OrganisationService organisations;
    @Autowired ContactService contacts;
    @Autowired InvitationService invitations;
    @Autowired ResponseService responses;

    private SurveyTestData data;
    private String tag;

    @BeforeEach
    void setUp() {
        data = new SurveyTestData(context);
        tag = UUID.randomUUID().toString().substring(0, 6);
    }

    private OrganisationSummary employer(String name, String ladCode, String companiesHouseNumber) {
        return data.as("erb", () -> organisations.create(new OrganisationDraft(OrganisationKind.EMPLOYER, name, ladCode,
                "U", SizeBand.LARGE, companiesHouseNumber)));
    }

    @Test
    void names_are_compared_without_case_punctuation_and_company_words() {
        assertThat(OrganisationMergeService.normalisedName("The Acme Widgets Ltd.")).isEqualTo("acme widgets");
        assertThat(OrganisationMergeService.normalisedName("ACME WIDGETS LIMITED")).isEqualTo("acme widgets");
        assertThat(OrganisationMergeService.normalisedName("Acme & Sons plc")).isEqualTo("acme and sons");
    }

    @Test
    void the_erb_lead_sees_likely_duplicates_of_their_area_by_name_and_by_companies_house_number() {
        OrganisationSummary a = employer("The Widgets " + tag + " Ltd", SurveyTestData.BRADFORD, null);
        OrganisationSummary b = employer("WIDGETS " + tag + " LIMITED.", SurveyTestData.BRADFORD, null);
        OrganisationSummary elsewhere = employer("Widgets " + tag, SurveyTestData.LEEDS, null);
        String number = "9" + String.format("%07d", Math.abs(tag.hashCode()) % 10_000_000);
        OrganisationSummary c = employer("Numbered " + tag, SurveyTestData.LEEDS, number);
        OrganisationSummary d = employer("Other name " + tag, SurveyTestData.BRADFORD, number);

        signInAs("erb");
        assertThat(merges.likelyDuplicates()).filteredOn(p -> p.first().name().contains(tag))
                .extracting(p -> p.first().id(), p -> p.second().id())
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(a.id(), b.id()),
                        org.assertj.core.groups.Tuple.tuple(c.id(), d.id()));
        assertThat(merges.likelyDuplicates()).noneMatch(p -> p.second().id() == elsewhere.id());
        signInAs("erb.gm");
        assertThat(merges.likelyDuplicates()).as("another area's ERB lead").noneMatch(p -> p.first().id() == a.id());
        assertThatThrownBy(() -> merges.merge(a.id(), b.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_merge_moves_contacts_accounts_responses_and_invitations_and_retires_the_duplicate() {
        SurveyRoundSummary round = data.openEmployerRound("Merge " + tag);
        OrganisationSummary kept = employer("Merge kept " + tag, SurveyTestData.BRADFORD, null);
        OrganisationSummary retired = employer("Merge kept " + tag + " Ltd", SurveyTestData.BRADFORD, null);
        String shared = "shared." + tag + "@example.org";
        String own = "own." + tag + "@example.org";
        data.as("erb", () -> {
            contacts.add(kept.id(), "Sam Shared", shared, "test");
            contacts.add(retired.id(), "Sam Shared", shared, "test");
            contacts.add(retired.id(), "Olu Own", own, "test");
            return invitations.invite(round.id(), new InviteFilter("U", "large", SurveyTestData.BRADFORD));
        });
        deliverTheInvitations();
        String person = data.newAccount(Role.EMPLOYER, retired.id(), "Retired's person");
        ResponseSummary started = data.as(person, () -> responses.startOrResume(round.id()));

        signInAs("erb");
        merges.merge(kept.id(), retired.id());

        assertThat(contacts.ofOrganisation(kept.id())).extracting(Contact::email).containsExactlyInAnyOrder(shared, own);
        assertThat(data.organisationOf(person).id()).as("the account moved").isEqualTo(kept.id());
        assertThat(data.as(person, () -> responses.mine(round.id()))).as("the response moved")
                .hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(started.id()));
        signInAs("erb");
        assertThat(organisations.get(retired.id()).active()).as("retired").isFalse();
        assertThat(organisations.matchingEmployer(null, retired.name(), SurveyTestData.BRADFORD))
                .as("a later import or join under the retired name finds the kept one").contains(kept.id());
        assertThat(merges.likelyDuplicates()).noneMatch(p -> p.first().id() == kept.id() || p.second().id() == kept.id());
        assertThat(invitations.cells(round.id())).filteredOn(c -> c.sicSection().equals("U") && c.sizeBand().equals("large"))
                .singleElement().satisfies(c -> {
                    assertThat(c.invited()).as("the kept organisation, invited").isGreaterThanOrEqualTo(1);
                    assertThat(c.started()).isGreaterThanOrEqualTo(1);
                });
        assertThat(context.getBean(AuditTrail.class).search(new AuditQuery(AuditAction.ORGANISATIONS_MERGED,
                String.valueOf(retired.id()), null, null), 0, 50)).anyMatch(e -> e.subject().contains(String.valueOf(retired.id())));
    }

    /** Sends what the outbox holds to a server that takes it, so that no other test receives these invitations. */
    private void deliverTheInvitations() {
        try (RefusingMailServer server = new RefusingMailServer("nobody-is-refused-", "550 never")) {
            server.connect(context);
            context.getBean(OutboxDelivery.class).deliverDue();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            context.getBean(JavaMailSenderImpl.class).setPort(1);
        }
    }

    @Test
    void a_merge_of_two_organisations_that_answered_the_same_round_is_refused_and_changes_nothing() {
        SurveyRoundSummary round = data.openEmployerRound("Refused merge " + tag);
        OrganisationSummary kept = employer("Both answered " + tag, SurveyTestData.BRADFORD, null);
        OrganisationSummary retired = employer("Both answered " + tag + " plc", SurveyTestData.BRADFORD, null);
        data.as("erb", () -> contacts.add(retired.id(), "Ria Retired", "ria." + tag + "@example.org", "test"));
        String first = data.newAccount(Role.EMPLOYER, kept.id(), "Kept person");
        String second = data.newAccount(Role.EMPLOYER, retired.id(), "Retired person");
        data.as(first, () -> responses.startOrResume(round.id()));
        data.as(second, () -> responses.startOrResume(round.id()));

        signInAs("erb");
        assertThatThrownBy(() -> merges.merge(kept.id(), retired.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.getMessage())
                        .contains("Both organisations have a response to \"" + round.title() + "\""));

        assertThat(organisations.get(retired.id()).active()).isTrue();
        assertThat(contacts.ofOrganisation(retired.id())).hasSize(1);
        assertThat(data.organisationOf(second).id()).isEqualTo(retired.id());
    }

    @Test
    void a_self_registered_organisation_waits_for_confirmation_until_the_erb_lead_confirms_it() {
        OrganisationSummary joined = data.as("erb", () -> organisations.createSelfRegistered(new OrganisationDraft(
                OrganisationKind.EMPLOYER, "Joined " + tag, SurveyTestData.LEEDS, "I", SizeBand.MICRO, null)));
        signInAs("erb");
        assertThat(merges.awaitingConfirmation()).extracting(OrganisationSummary::id).contains(joined.id());

        merges.confirm(joined.id());

        assertThat(merges.awaitingConfirmation()).extracting(OrganisationSummary::id).doesNotContain(joined.id());
    }
}
