package uk.skillsplan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.response.ResponseExportService;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

/** The append-only audit trail: what is recorded, and who sees which entries. */
class AuditTrailTest extends ServiceTest {

    @Autowired
    AuditTrail audit;
    @Autowired
    AuthenticationConfiguration authenticationConfiguration;
    @Autowired
    UserAccountService accounts;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ResponseExportService export;
    @Autowired
    ApplicationContext context;

    SurveyTestData data;

    @BeforeEach
    void setUp() {
        data = new SurveyTestData(context);
    }

    @Test
    void sign_ins_failures_and_the_lock_they_cause_are_recorded() throws Exception {
        AuthenticationManager manager = authenticationConfiguration.getAuthenticationManager();
        String username = data.newAccount(Role.EMPLOYER, data.organisationOf("employer").id(), "Audited Person");

        manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, SurveyTestData.PASSWORD));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username,
                    "wrong-" + UUID.randomUUID()))).isInstanceOf(BadCredentialsException.class);
        }

        signInAs("admin");
        List<AuditEntry> entries = audit.search(new AuditQuery(null, username, null, null), 0, 50);
        assertThat(entries).extracting(AuditEntry::action).containsSubsequence(AuditAction.ACCOUNT_LOCKED,
                AuditAction.SIGN_IN_FAILED, AuditAction.SIGN_IN, AuditAction.ACCOUNT_CREATED);
        assertThat(entries).filteredOn(e -> e.action() == AuditAction.SIGN_IN_FAILED).hasSize(5);
        assertThat(entries).filteredOn(e -> e.action() == AuditAction.ACCOUNT_LOCKED).singleElement()
                .satisfies(e -> assertThat(e.detail()).contains("after 5 failed sign-ins"));
    }

    @Test
    void changes_to_accounts_and_organisations_and_exports_are_recorded_with_who_did_them_and_the_area() throws IOException {
        OrganisationSummary employer = data.newEmployer("Audited works", SurveyTestData.LEEDS, "C", SizeBand.SMALL);
        SurveyRoundSummary round = data.openEmployerRound("Audited round");
        signInAs("erb");
        organisations.setActive(employer.id(), false);
        export.exportCsv(round.id(), new ByteArrayOutputStream());

        List<AuditEntry> mine = audit.search(new AuditQuery(null, employer.name(), null, null), 0, 20);
        assertThat(mine).extracting(AuditEntry::action)
                .containsExactly(AuditAction.ORGANISATION_DEACTIVATED, AuditAction.ORGANISATION_CREATED);
        assertThat(mine.getFirst().actorName()).isEqualTo("Sam Whitaker (erb)");
        assertThat(mine.getFirst().lsipCode()).isEqualTo(SurveyTestData.WEST_YORKSHIRE);
        assertThat(audit.search(new AuditQuery(AuditAction.RESPONSES_EXPORTED, round.title(), null, null), 0, 5))
                .singleElement().satisfies(e -> assertThat(e.detail()).startsWith("CSV"));
    }

    @Test
    void an_erb_lead_sees_their_areas_entries_an_administrator_everything_and_respondents_nothing() {
        OrganisationSummary leeds = data.newEmployer("Audit Leeds", SurveyTestData.LEEDS, "C", SizeBand.SMALL);
        OrganisationSummary manchester = data.newEmployer("Audit Manchester", SurveyTestData.MANCHESTER, "C", SizeBand.SMALL);

        signInAs("erb");
        assertThat(audit.search(new AuditQuery(AuditAction.ORGANISATION_CREATED, "Audit ", null, null), 0, 500))
                .extracting(AuditEntry::subject).anyMatch(s -> s.startsWith(leeds.name()))
                .noneMatch(s -> s.startsWith(manchester.name()));
        assertThat(audit.search(new AuditQuery(AuditAction.SIGN_IN, null, null, null), 0, 5))
                .as("sign-ins belong to no area: administrators only").isEmpty();
        signInAs("admin");
        assertThat(audit.count(new AuditQuery(AuditAction.ORGANISATION_CREATED, manchester.name(), null, null))).isOne();
        signInAs("employer");
        assertThatThrownBy(() -> audit.search(AuditQuery.all(), 0, 5)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nothing_in_the_application_updates_or_deletes_audit_entries() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            List<Path> offenders = files.filter(Files::isRegularFile).filter(p -> {
                try {
                    String text = Files.readString(p).toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " ");
                    return text.contains("update audit_event") || text.contains("delete from audit_event")
                            || text.contains("truncate audit_event") || text.contains("drop table audit_event");
                } catch (IOException e) {
                    return false;
                }
            }).toList();
            assertThat(offenders).isEmpty();
        }
    }
}
