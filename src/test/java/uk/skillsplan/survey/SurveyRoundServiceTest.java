package uk.skillsplan.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.skillsplan.testing.SurveyTestData.GREATER_MANCHESTER;
import static uk.skillsplan.testing.SurveyTestData.WEST_YORKSHIRE;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

class SurveyRoundServiceTest extends ServiceTest {

    @Autowired
    SurveyRoundService rounds;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    private SurveyTestData data;
    private long employerCore;
    private LocalDate today;

    @BeforeEach
    void setUp() {
        data = new SurveyTestData(context);
        employerCore = data.employerCore();
        today = data.today();
        signInAs("erb");
    }

    @Test
    void an_erb_lead_opens_a_round_in_their_own_area() {
        String title = SurveyTestData.unique("Employer survey");

        SurveyRoundSummary round = rounds.open(new NewRound("  " + title + "  ", employerCore,
                Set.of(OrganisationKind.EMPLOYER), today, today.plusDays(28)));

        assertThat(round.lsipCode()).isEqualTo(WEST_YORKSHIRE);
        assertThat(round.title()).isEqualTo(title);
        assertThat(round.questionnaireCode()).isEqualTo(EmployerQuestions.QUESTIONNAIRE);
        assertThat(round.questionnaireVersionId()).isEqualTo(employerCore);
        assertThat(round.audience()).containsExactly(OrganisationKind.EMPLOYER);
        assertThat(round.closesOn()).isEqualTo(today.plusDays(28));
        assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
        assertThat(rounds.managedRounds()).extracting(SurveyRoundSummary::id).contains(round.id());
        assertThat(rounds.get(round.id())).isEqualTo(round);
    }

    @Test
    void a_round_that_opens_later_is_not_yet_open() {
        SurveyRoundSummary round = rounds.open(new NewRound(SurveyTestData.unique("Later survey"), employerCore,
                Set.of(OrganisationKind.EMPLOYER), today.plusDays(3), today.plusDays(30)));

        assertThat(round.status()).isEqualTo(RoundStatus.NOT_YET_OPEN);
        assertThat(round.isOpen()).isFalse();
    }

    @Test
    void a_blank_title_no_questionnaire_and_no_audience_are_refused_together_and_nothing_is_saved() {
        int before = roundsInMyArea();

        assertRefused(new NewRound("   ", null, Set.of(), today, today.plusDays(10)),
                "title", "questionnaireVersionId", "audience");

        assertThat(roundsInMyArea()).isEqualTo(before);
    }

    @Test
    void a_missing_title_is_refused() {
        assertRefused(new NewRound(null, employerCore, Set.of(OrganisationKind.EMPLOYER), today, today.plusDays(10)), "title");
    }

    @Test
    void a_questionnaire_that_does_not_exist_is_refused() {
        assertRefusedAndNotSaved(new NewRound(SurveyTestData.unique("No questionnaire"), -1L,
                Set.of(OrganisationKind.EMPLOYER), today, today.plusDays(10)), "questionnaireVersionId");
    }

    @Test
    void a_round_asks_only_the_kind_of_organisation_its_questionnaire_is_written_for() {
        assertRefusedAndNotSaved(new NewRound(SurveyTestData.unique("Colleges on the employer survey"), employerCore,
                Set.of(OrganisationKind.PROVIDER), today, today.plusDays(10)), "audience");
        assertRefusedAndNotSaved(new NewRound(SurveyTestData.unique("Everyone on the employer survey"), employerCore,
                Set.of(OrganisationKind.EMPLOYER, OrganisationKind.COUNCIL), today, today.plusDays(10)), "audience");
    }

    @Test
    void an_empty_audience_is_refused() {
        assertRefusedAndNotSaved(new NewRound(SurveyTestData.unique("Nobody asked"), employerCore, Set.of(), today,
                today.plusDays(10)), "audience");
        assertRefusedAndNotSaved(new NewRound(SurveyTestData.unique("Nobody asked"), employerCore, null, today,
                today.plusDays(10)), "audience");
    }

    @Test
    void a_closing_date_before_the_opening_date_is_refused() {
        ValidationException refused = assertRefusedAndNotSaved(new NewRound(SurveyTestData.unique("Backwards"),
                employerCore, Set.of(OrganisationKind.EMPLOYER), today.plusDays(10), today.plusDays(5)), "closesOn");

        assertThat(refused.fieldErrors().get("closesOn")).isEqualTo("The closing date must be on or after the opening date.");
    }

    @Test
    void a_closing_date_in_the_past_is_refused() {
        ValidationException refused = assertRefusedAndNotSaved(new NewRound(SurveyTestData.unique("Too late"),
                employerCore, Set.of(OrganisationKind.EMPLOYER), today.minusDays(10), today.minusDays(1)), "closesOn");

        assertThat(refused.fieldErrors().get("closesOn")).isEqualTo("The closing date cannot be in the past.");
    }

    @Test
    void missing_dates_are_refused() {
        assertRefusedAndNotSaved(new NewRound(SurveyTestData.unique("No dates"), employerCore,
                Set.of(OrganisationKind.EMPLOYER), null, null), "opensOn", "closesOn");
    }

    @Test
    void a_round_that_closes_today_is_still_open() {
        SurveyRoundSummary round = rounds.open(new NewRound(SurveyTestData.unique("Last day"), employerCore,
                Set.of(OrganisationKind.EMPLOYER), today.minusDays(7), today));

        assertThat(round.status()).isEqualTo(RoundStatus.OPEN);
    }

    @Test
    void extending_a_round_moves_its_closing_date_later() {
        SurveyRoundSummary round = data.openEmployerRound("Extended");

        SurveyRoundSummary extended = rounds.extend(round.id(), round.closesOn().plusDays(14));

        assertThat(extended.closesOn()).isEqualTo(round.closesOn().plusDays(14));
        assertThat(rounds.get(round.id()).closesOn()).isEqualTo(round.closesOn().plusDays(14));
    }

    @Test
    void a_closed_round_can_be_extended_and_is_open_again() {
        SurveyRoundSummary round = data.openEmployerRound("Reopened");
        data.dayAfterClosing(round);
        assertThat(rounds.get(round.id()).status()).isEqualTo(RoundStatus.CLOSED);

        SurveyRoundSummary extended = rounds.extend(round.id(), rounds.today().plusDays(7));

        assertThat(extended.status()).isEqualTo(RoundStatus.OPEN);
    }

    @Test
    void extending_to_an_earlier_or_the_same_date_is_refused_and_the_date_stays() {
        SurveyRoundSummary round = data.openEmployerRound("Not shortened");

        for (LocalDate date : new LocalDate[]{round.closesOn().minusDays(5), round.closesOn(), null}) {
            assertThatThrownBy(() -> rounds.extend(round.id(), date)).as("extend to " + date)
                    .isInstanceOfSatisfying(ValidationException.class,
                            e -> assertThat(e.fieldErrors()).containsOnlyKeys("closesOn"));
        }

        assertThat(rounds.get(round.id()).closesOn()).isEqualTo(round.closesOn());
    }

    @Test
    void an_erb_lead_of_another_area_can_neither_see_nor_extend_the_round() {
        SurveyRoundSummary round = data.openEmployerRound("West Yorkshire only");
        signInAs("erb.gm");

        assertThatThrownBy(() -> rounds.get(round.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.extend(round.id(), round.closesOn().plusDays(7)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(rounds.managedRounds()).extracting(SurveyRoundSummary::id).doesNotContain(round.id())
                .isNotNull();
        assertThat(rounds.managedRounds()).allSatisfy(r -> assertThat(r.lsipCode()).isEqualTo(GREATER_MANCHESTER));
        assertThat(rounds.manages(rounds.describe(round.id()))).isFalse();

        signInAs("erb");
        assertThat(rounds.get(round.id()).closesOn()).isEqualTo(round.closesOn());
    }

    @Test
    void an_administrator_sees_the_rounds_of_every_area_but_cannot_extend_them() {
        SurveyRoundSummary westYorkshire = data.openEmployerRound("Admin sees");
        SurveyRoundSummary manchester = data.openRound("erb.gm", "Admin sees", employerCore, Set.of(OrganisationKind.EMPLOYER));
        signInAs("admin");

        assertThat(rounds.managedRounds()).extracting(SurveyRoundSummary::id).contains(westYorkshire.id(), manchester.id());
        assertThatThrownBy(() -> rounds.extend(westYorkshire.id(), westYorkshire.closesOn().plusDays(1)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_employer_sees_the_employer_rounds_of_their_own_area_only() {
        SurveyRoundSummary ownArea = data.openEmployerRound("Employers here");
        SurveyRoundSummary otherArea = data.openRound("erb.gm", "Employers there", employerCore,
                Set.of(OrganisationKind.EMPLOYER));
        signInAs("employer");

        var mine = rounds.roundsForMe();

        assertThat(mine).extracting(SurveyRoundSummary::id).contains(ownArea.id()).doesNotContain(otherArea.id());
        assertThat(mine).allSatisfy(r -> {
            assertThat(r.lsipCode()).isEqualTo(WEST_YORKSHIRE);
            assertThat(r.audience()).contains(OrganisationKind.EMPLOYER);
        });
        assertThat(rounds.get(ownArea.id()).id()).isEqualTo(ownArea.id());
        assertThatThrownBy(() -> rounds.get(otherArea.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_provider_does_not_see_an_employer_only_round_but_sees_one_addressed_to_providers() {
        SurveyRoundSummary employersOnly = data.openEmployerRound("Employers only");
        SurveyRoundSummary both = data.openRound("erb", "Colleges", data.versionId("PROVIDER_CORE"),
                Set.of(OrganisationKind.PROVIDER));
        signInAs("provider");

        assertThat(rounds.roundsForMe()).extracting(SurveyRoundSummary::id).contains(both.id())
                .doesNotContain(employersOnly.id());
        assertThatThrownBy(() -> rounds.get(employersOnly.id())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void respondents_cannot_open_or_extend_rounds() {
        SurveyRoundSummary round = data.openEmployerRound("Respondents cannot extend");
        signInAs("employer");

        assertThatThrownBy(() -> rounds.open(new NewRound(SurveyTestData.unique("By an employer"), employerCore,
                Set.of(OrganisationKind.EMPLOYER), today, today.plusDays(5)))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.extend(round.id(), round.closesOn().plusDays(5)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> rounds.managedRounds()).isInstanceOf(AccessDeniedException.class);
    }

    private ValidationException assertRefused(NewRound command, String... fields) {
        try {
            rounds.open(command);
        } catch (ValidationException refused) {
            assertThat(refused.fieldErrors()).containsOnlyKeys(fields);
            return refused;
        }
        throw new AssertionError("Expected " + command + " to be refused");
    }

    private ValidationException assertRefusedAndNotSaved(NewRound command, String... fields) {
        int before = roundsInMyArea();
        ValidationException refused = assertRefused(command, fields);
        assertThat(jdbc.sql("select count(*) from survey_round where title = ?").param(command.title().trim())
                .query(Integer.class).single()).isZero();
        assertThat(roundsInMyArea()).isEqualTo(before);
        return refused;
    }

    private int roundsInMyArea() {
        return jdbc.sql("select count(*) from survey_round where lsip_code = ?").param(WEST_YORKSHIRE)
                .query(Integer.class).single();
    }
}
