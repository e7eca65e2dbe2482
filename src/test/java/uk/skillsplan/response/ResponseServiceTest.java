package uk.skillsplan.response;

import uk.skillsplan.response.answering.ResponseAccess;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static uk.skillsplan.survey.EmployerQuestions.CONSENT_CONTACT;
import static uk.skillsplan.survey.EmployerQuestions.EMP_TOTAL;
import static uk.skillsplan.survey.EmployerQuestions.HAS_VACANCIES;
import static uk.skillsplan.survey.EmployerQuestions.LOCAL_AUTHORITY;
import static uk.skillsplan.survey.EmployerQuestions.SIC_SECTION;
import static uk.skillsplan.survey.EmployerQuestions.SIZE_BAND;
import static uk.skillsplan.survey.EmployerQuestions.SSV_CAUSES;
import static uk.skillsplan.survey.EmployerQuestions.TRAINING_ANY;
import static uk.skillsplan.survey.EmployerQuestions.VAC_HTF;
import static uk.skillsplan.survey.EmployerQuestions.VAC_SSV;
import static uk.skillsplan.survey.EmployerQuestions.VAC_TOTAL;

import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import uk.skillsplan.base.Dates;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.RoundStatus;
import uk.skillsplan.survey.SurveyRoundSummary;
import uk.skillsplan.testing.ServiceTest;
import uk.skillsplan.testing.SurveyTestData;

class ResponseServiceTest extends ServiceTest {

    @Autowired
    uk.skillsplan.directory.OrganisationService organisations;
    @Autowired
    ResponseService responses;

    @Autowired
    ApplicationContext context;

    private SurveyTestData data;
    private SurveyRoundSummary round;

    @BeforeEach
    void openAFreshRound() {
        data = new SurveyTestData(context);
        round = data.openEmployerRound("Response test");
        signInAs("employer");
    }

    @Test
    void starting_a_response_prefills_the_profile_from_the_organisation() {
        ResponseSummary started = responses.startOrResume(round.id());

        assertThat(started.status()).isEqualTo(ResponseStatus.DRAFT);
        assertThat(started.collectionMode()).isEqualTo(CollectionMode.ONLINE);
        assertThat(started.organisationName()).isEqualTo("Kirkstall Precision Engineering");
        assertThat(started.submittedRevision()).isNull();
        Answers answers = responses.open(started.id()).answers();
        assertThat(answers.option(SIC_SECTION)).contains("C");
        assertThat(answers.option(SIZE_BAND)).contains("small");
        assertThat(answers.option(LOCAL_AUTHORITY)).contains(SurveyTestData.LEEDS);
        assertThat(answers.asMap()).containsOnlyKeys(SIC_SECTION, SIZE_BAND, LOCAL_AUTHORITY);
    }

    @Test
    void starting_again_resumes_the_same_response() {
        ResponseSummary started = responses.startOrResume(round.id());
        responses.save(started.id(), Map.of(EMP_TOTAL, List.of(Cell.number(25))));

        assertThat(responses.startOrResume(round.id()).id()).isEqualTo(started.id());
        assertThat(responses.mine(round.id())).hasValueSatisfying(r -> assertThat(r.id()).isEqualTo(started.id()));
        assertThat(responses.open(started.id()).answers().number(EMP_TOTAL)).contains(new BigDecimal("25.00"));
    }

    @Test
    void answers_saved_as_the_person_goes_are_there_when_the_response_is_opened_again() {
        long id = responses.startOrResume(round.id()).id();

        SaveResult first = responses.save(id, Map.of(EMP_TOTAL, List.of(Cell.number(25))));
        SaveResult second = responses.save(id, Map.of(HAS_VACANCIES, List.of(Cell.option("YES"))));
        SaveResult third = responses.save(id, Map.of(VAC_TOTAL, List.of(Cell.number(4)),
                SSV_CAUSES, List.of(Cell.choice("COMPETITION"), Cell.other("Night shifts"))));

        assertThat(List.of(first, second, third)).allSatisfy(result -> assertThat(result.ok()).isTrue());
        ResponseForm form = responses.open(id);
        assertThat(form.editable()).isTrue();
        assertThat(form.answers().number(EMP_TOTAL)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("25"));
        assertThat(form.answers().option(HAS_VACANCIES)).contains("YES");
        assertThat(form.answers().number(VAC_TOTAL)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("4"));
        assertThat(form.answers().chosen(SSV_CAUSES)).containsExactlyInAnyOrder("COMPETITION", "OTHER");
        assertThat(form.answers().cells(SSV_CAUSES)).extracting(Cell::text).contains("Night shifts");
        assertThat(form.response().lastEditedByName()).isEqualTo("Priya Shah");
        assertThat(form.response().lastEditedAt()).isNotNull();
    }

    @Test
    void moving_to_a_section_is_remembered() {
        long id = responses.startOrResume(round.id()).id();

        responses.moveTo(id, "TRAINING");

        assertThat(responses.open(id).response().currentSection()).isEqualTo("TRAINING");
    }

    @Test
    void an_invalid_save_stores_nothing_and_says_why_by_question_code() {
        long id = responses.startOrResume(round.id()).id();
        responses.save(id, Map.of(EMP_TOTAL, List.of(Cell.number(20)), HAS_VACANCIES, List.of(Cell.option("YES"))));
        ResponseSummary before = responses.open(id).response();

        Map<String, List<Cell>> changes = new LinkedHashMap<>();
        changes.put(EMP_TOTAL, List.of(Cell.number(30)));
        changes.put(VAC_TOTAL, List.of(Cell.number(-1)));
        changes.put("NO_SUCH_QUESTION", List.of(Cell.number(1)));
        SaveResult result = responses.save(id, changes);

        assertThat(result.ok()).isFalse();
        assertThat(result.errors()).containsOnlyKeys(VAC_TOTAL, "NO_SUCH_QUESTION");
        assertThat(result.errors().get(VAC_TOTAL)).isEqualTo("Enter a number from 0 to 100000 vacancies.");
        ResponseForm form = responses.open(id);
        assertThat(form.answers().number(EMP_TOTAL)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("20"));
        assertThat(form.answers().has(VAC_TOTAL)).isFalse();
        assertThat(form.response().lastEditedAt()).isEqualTo(before.lastEditedAt());
    }

    @Test
    void a_save_that_breaks_a_rule_is_refused_for_the_question_that_was_changed() {
        long id = responses.startOrResume(round.id()).id();
        responses.save(id, Map.of(HAS_VACANCIES, List.of(Cell.option("YES")), VAC_TOTAL, List.of(Cell.number(2))));

        SaveResult result = responses.save(id, Map.of(VAC_HTF, List.of(Cell.number(3))));

        assertThat(result.errors()).containsOnlyKeys(VAC_HTF);
        assertThat(result.errors().get(VAC_HTF)).endsWith("(3 is more than 2)");
        assertThat(responses.open(id).answers().has(VAC_HTF)).isFalse();
    }

    @Test
    void an_answer_that_hides_questions_keeps_their_answers_so_that_switching_back_restores_them() {
        long id = responses.startOrResume(round.id()).id();
        assertThat(responses.save(id, Map.of(HAS_VACANCIES, List.of(Cell.option("YES")))).ok()).isTrue();
        assertThat(responses.save(id, Map.of(VAC_TOTAL, List.of(Cell.number(5)), VAC_HTF, List.of(Cell.number(2)),
                VAC_SSV, List.of(Cell.number(1)), SSV_CAUSES, List.of(Cell.choice("LACK_SKILLS")))).ok()).isTrue();

        SaveResult result = responses.save(id, Map.of(HAS_VACANCIES, List.of(Cell.option("NO"))));

        assertThat(result.ok()).isTrue();
        assertThat(result.hidden()).containsExactlyInAnyOrder(VAC_TOTAL, VAC_HTF, VAC_SSV, SSV_CAUSES);
        assertThat(responses.problems(id)).extracting(Problem::questionCode).doesNotContain(VAC_TOTAL, VAC_HTF, VAC_SSV,
                SSV_CAUSES);

        assertThat(responses.save(id, Map.of(HAS_VACANCIES, List.of(Cell.option("YES")))).hidden()).isEmpty();
        Answers restored = responses.open(id).answers();
        assertThat(restored.asMap().get(VAC_TOTAL)).singleElement()
                .satisfies(cell -> assertThat(cell.number()).isEqualByComparingTo("5"));
        assertThat(restored.asMap().get(SSV_CAUSES)).containsExactly(Cell.choice("LACK_SKILLS"));
    }

    @Test
    void answers_to_hidden_questions_are_left_out_of_the_submission_and_then_removed() {
        long id = responses.startOrResume(round.id()).id();
        data.complete(id, 12);
        assertThat(responses.save(id, Map.of(HAS_VACANCIES, List.of(Cell.option("YES")))).ok()).isTrue();
        assertThat(responses.save(id, Map.of(VAC_TOTAL, List.of(Cell.number(5)))).ok()).isTrue();
        assertThat(responses.save(id, Map.of(HAS_VACANCIES, List.of(Cell.option("NO")))).ok()).isTrue();

        Receipt receipt = responses.submit(id);

        assertThat(responses.revision(id, receipt.revision()).asMap()).containsKey(HAS_VACANCIES).doesNotContainKey(VAC_TOTAL);
        assertThat(responses.open(id).answers().asMap()).doesNotContainKey(VAC_TOTAL);
    }

    @Test
    void submitting_with_required_answers_missing_is_refused_listing_them() {
        long id = responses.startOrResume(round.id()).id();
        responses.save(id, Map.of(HAS_VACANCIES, List.of(Cell.option("YES"))));

        assertThatThrownBy(() -> responses.submit(id)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsOnlyKeys(EMP_TOTAL, VAC_TOTAL, VAC_HTF, VAC_SSV, TRAINING_ANY,
                        CONSENT_CONTACT));

        assertThat(responses.open(id).response().status()).isEqualTo(ResponseStatus.DRAFT);
        assertThat(responses.history(id)).isEmpty();
        assertThat(responses.problems(id)).extracting(Problem::questionCode)
                .containsExactly(EMP_TOTAL, VAC_TOTAL, VAC_HTF, VAC_SSV, TRAINING_ANY, CONSENT_CONTACT);
    }

    @Test
    void a_complete_response_is_submitted_with_a_receipt_and_can_be_amended_and_submitted_again() {
        long id = responses.startOrResume(round.id()).id();
        data.complete(id, 12);
        assertThat(responses.problems(id)).isEmpty();

        Receipt first = responses.submit(id);

        assertThat(first.reference()).isEqualTo("SP-" + round.id() + "-" + id + "-1");
        assertThat(first.revision()).isEqualTo(1);
        ResponseSummary submitted = responses.open(id).response();
        assertThat(submitted.status()).isEqualTo(ResponseStatus.SUBMITTED);
        assertThat(submitted.submittedRevision()).isEqualTo(1);
        assertThat(submitted.submittedAt()).isCloseTo(first.submittedAt(), within(1, ChronoUnit.MILLIS));
        assertThatThrownBy(() -> responses.submit(id)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsEntry(ValidationException.FORM,
                        "Nothing has changed since your last submission."));

        responses.save(id, Map.of(EMP_TOTAL, List.of(Cell.number(40))));
        assertThat(responses.open(id).response().status()).isEqualTo(ResponseStatus.AMENDING);

        Receipt second = responses.submit(id);

        assertThat(second.revision()).isEqualTo(2);
        assertThat(second.reference()).isEqualTo("SP-" + round.id() + "-" + id + "-2");
        assertThat(responses.open(id).response().status()).isEqualTo(ResponseStatus.SUBMITTED);
        assertThat(responses.history(id)).extracting(RevisionSummary::revision, RevisionSummary::reference,
                        RevisionSummary::submittedByName, RevisionSummary::collectionMode)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, second.reference(), "Priya Shah", CollectionMode.ONLINE),
                        org.assertj.core.groups.Tuple.tuple(1, first.reference(), "Priya Shah", CollectionMode.ONLINE));
        assertThat(responses.revision(id, 1).number(EMP_TOTAL)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("12"));
        assertThat(responses.revision(id, 2).number(EMP_TOTAL)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("40"));
        assertThat(responses.revision(id, 1).asMap()).containsKeys(SIC_SECTION, HAS_VACANCIES, CONSENT_CONTACT);
    }

    @Test
    void two_people_of_one_organisation_share_one_response_and_see_who_changed_it_last() {
        OrganisationSummary kirkstall = data.organisationOf("employer");
        String colleagueName = SurveyTestData.unique("Kirkstall colleague");
        String colleague = data.newAccount(Role.EMPLOYER, kirkstall.id(), colleagueName);
        long id = responses.startOrResume(round.id()).id();
        responses.save(id, Map.of(EMP_TOTAL, List.of(Cell.number(22))));

        signInAs(colleague);
        assertThat(responses.startOrResume(round.id()).id()).isEqualTo(id);
        ResponseForm seenByColleague = responses.open(id);
        assertThat(seenByColleague.answers().number(EMP_TOTAL)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("22"));
        assertThat(seenByColleague.response().lastEditedByName()).isEqualTo("Priya Shah");
        responses.save(id, Map.of(HAS_VACANCIES, List.of(Cell.option("NO"))));

        signInAs("employer");
        ResponseForm seenByFirst = responses.open(id);
        assertThat(seenByFirst.answers().option(HAS_VACANCIES)).contains("NO");
        assertThat(seenByFirst.response().lastEditedByName()).isEqualTo(colleagueName);
    }

    @Test
    void another_organisation_can_neither_see_nor_change_the_response() {
        long id = responses.startOrResume(round.id()).id();
        data.complete(id, 12);
        Answers before = responses.open(id).answers();

        signInAs("employer2");
        assertDenied(() -> responses.open(id));
        assertDenied(() -> responses.save(id, Map.of(EMP_TOTAL, List.of(Cell.number(99)))));
        assertDenied(() -> responses.submit(id));
        assertDenied(() -> responses.history(id));
        assertDenied(() -> responses.revision(id, 1));
        assertDenied(() -> responses.problems(id));
        assertThat(responses.startOrResume(round.id()).id()).isNotEqualTo(id);

        signInAs("employer");
        assertThat(responses.open(id).answers().asMap()).isEqualTo(before.asMap());
        assertThat(responses.open(id).response().status()).isEqualTo(ResponseStatus.DRAFT);
    }

    @Test
    void a_provider_and_a_council_of_the_same_area_cannot_open_an_employers_response() {
        long id = responses.startOrResume(round.id()).id();

        for (String username : List.of("provider", "council")) {
            signInAs(username);
            assertDenied(() -> responses.open(id));
            assertDenied(() -> responses.save(id, Map.of(EMP_TOTAL, List.of(Cell.number(1)))));
        }
    }

    @Test
    void the_erb_lead_of_the_area_can_open_the_response_but_the_one_of_another_area_cannot() {
        long id = responses.startOrResume(round.id()).id();
        responses.save(id, Map.of(EMP_TOTAL, List.of(Cell.number(17))));

        signInAs("erb");
        ResponseForm form = responses.open(id);
        assertThat(form.answers().number(EMP_TOTAL)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("17"));
        assertThat(form.editable()).isTrue();
        assertThat(responses.history(id)).isEmpty();

        signInAs("erb.gm");
        assertDenied(() -> responses.open(id));
        assertDenied(() -> responses.save(id, Map.of(EMP_TOTAL, List.of(Cell.number(1)))));
        assertDenied(() -> responses.history(id));
    }

    @Test
    void an_administrator_can_read_a_response_but_not_change_it() {
        long id = responses.startOrResume(round.id()).id();

        signInAs("admin");
        assertThat(responses.open(id).editable()).isFalse();
        assertDenied(() -> responses.save(id, Map.of(EMP_TOTAL, List.of(Cell.number(1)))));
        assertDenied(() -> responses.submit(id));
    }

    @Test
    void the_erb_lead_enters_and_submits_answers_on_an_organisations_behalf() {
        OrganisationSummary bakery = data.newEmployer("On-behalf bakery", SurveyTestData.BRADFORD, "I", SizeBand.MICRO);
        signInAs("erb");

        ResponseSummary started = responses.startOnBehalf(round.id(), bakery.id());

        assertThat(started.collectionMode()).isEqualTo(CollectionMode.ON_BEHALF);
        assertThat(started.organisationId()).isEqualTo(bakery.id());
        assertThat(responses.open(started.id()).answers().option(SIC_SECTION)).contains("I");
        assertThat(responses.open(started.id()).answers().option(SIZE_BAND)).contains("micro");
        assertThat(responses.open(started.id()).answers().option(LOCAL_AUTHORITY)).contains(SurveyTestData.BRADFORD);
        data.complete(started.id(), 4);
        Receipt receipt = responses.submit(started.id());
        assertThat(responses.history(started.id())).singleElement().satisfies(revision -> {
            assertThat(revision.reference()).isEqualTo(receipt.reference());
            assertThat(revision.collectionMode()).isEqualTo(CollectionMode.ON_BEHALF);
            assertThat(revision.submittedByName()).isEqualTo("Sam Whitaker");
        });
        assertThat(responses.startOnBehalf(round.id(), bakery.id()).id()).isEqualTo(started.id());
    }

    @Test
    void the_erb_lead_cannot_start_a_response_for_an_organisation_that_is_not_asked() {
        OrganisationSummary college = data.newOrganisation(OrganisationKind.PROVIDER, "Not asked college", SurveyTestData.LEEDS);
        OrganisationSummary elsewhere = data.newEmployer("Manchester mill", SurveyTestData.MANCHESTER, "C", SizeBand.SMALL);
        signInAs("erb");

        assertThatThrownBy(() -> responses.startOnBehalf(round.id(), college.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get(ValidationException.FORM))
                        .startsWith(college.name() + " is a college or training provider, but this round asks only: employer.")
                        .endsWith("Answers cannot be entered for it."));
        assertDenied(() -> responses.startOnBehalf(round.id(), elsewhere.id()));
        signInAs("erb.gm");
        assertDenied(() -> responses.startOnBehalf(round.id(), elsewhere.id()));
    }

    @Test
    void answers_the_erb_lead_enters_for_an_organisation_that_answered_online_become_a_new_revision_it_sees() {
        long id = responses.startOrResume(round.id()).id();
        data.complete(id, 12);
        Receipt online = responses.submit(id);
        signInAs("erb");

        assertThat(responses.startOnBehalf(round.id(), data.organisationOf("employer").id()).id()).isEqualTo(id);
        responses.save(id, Map.of(EMP_TOTAL, List.of(Cell.number(14))));
        Receipt onBehalf = responses.submit(id);
        signInAs("employer");

        assertThat(onBehalf.revision()).isEqualTo(online.revision() + 1);
        assertThat(responses.history(id)).extracting(RevisionSummary::revision, RevisionSummary::collectionMode,
                RevisionSummary::submittedByName).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, CollectionMode.ON_BEHALF, "Sam Whitaker"),
                org.assertj.core.groups.Tuple.tuple(1, CollectionMode.ONLINE, "Priya Shah"));
        assertThat(responses.revision(id, 1).number(EMP_TOTAL)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("12"));
    }

    @Test
    void the_erb_lead_cannot_start_a_response_for_a_deactivated_organisation() {
        OrganisationSummary closedDown = data.newEmployer("Closed-down works", SurveyTestData.LEEDS, "C", SizeBand.SMALL);
        data.as("erb", () -> {
            organisations.setActive(closedDown.id(), false);
            return null;
        });
        signInAs("erb");

        assertThatThrownBy(() -> responses.startOnBehalf(round.id(), closedDown.id()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fieldErrors().get(ValidationException.FORM))
                        .startsWith(closedDown.name() + " is marked inactive."));
        assertThat(responses.startOnBehalf(round.id(), data.newEmployer("Open works", SurveyTestData.LEEDS, "C",
                SizeBand.SMALL).id()).status()).isEqualTo(ResponseStatus.DRAFT);
    }

    @Test
    void after_the_closing_date_answers_can_no_longer_be_saved_or_submitted_and_nothing_changes() {
        long id = responses.startOrResume(round.id()).id();
        data.complete(id, 12);
        ResponseForm before = responses.open(id);

        data.dayAfterClosing(round);

        String closed = "This survey closed on " + Dates.format(round.closesOn())
                + ". Answers can no longer be given or changed; ask your ERB if you need more time.";
        assertThatThrownBy(() -> responses.save(id, Map.of(EMP_TOTAL, List.of(Cell.number(99)))))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.fieldErrors()).containsExactly(Map.entry(ValidationException.FORM, closed)));
        assertThatThrownBy(() -> responses.submit(id)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors()).containsExactly(Map.entry(ValidationException.FORM, closed)));
        ResponseForm after = responses.open(id);
        assertThat(after.editable()).isFalse();
        assertThat(after.round().status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(after.answers().asMap()).isEqualTo(before.answers().asMap());
        assertThat(after.response().status()).isEqualTo(ResponseStatus.DRAFT);
        assertThat(after.response().lastEditedAt()).isEqualTo(before.response().lastEditedAt());
        assertThat(responses.history(id)).isEmpty();

        signInAs("employer2");
        assertThatThrownBy(() -> responses.startOrResume(round.id())).isInstanceOf(ValidationException.class);
        assertThat(responses.mine(round.id())).isEmpty();
    }

    @Test
    void a_round_with_a_closed_status_refuses_changes_and_one_that_is_open_allows_them() {
        SurveyRoundSummary closedRound = withStatus(RoundStatus.CLOSED);
        SurveyRoundSummary notYetOpen = withStatus(RoundStatus.NOT_YET_OPEN);

        assertThatThrownBy(() -> ResponseAccess.requireOpen(closedRound)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors().get(ValidationException.FORM))
                        .startsWith("This survey closed on " + Dates.format(round.closesOn()) + "."));
        assertThatThrownBy(() -> ResponseAccess.requireOpen(notYetOpen)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.fieldErrors().get(ValidationException.FORM))
                        .isEqualTo("This survey opens on " + Dates.format(round.opensOn()) + "."));
        ResponseAccess.requireOpen(withStatus(RoundStatus.OPEN));
    }

    private SurveyRoundSummary withStatus(RoundStatus status) {
        return new SurveyRoundSummary(round.id(), round.lsipCode(), round.title(), round.questionnaireVersionId(),
                round.questionnaireCode(), round.questionnaireTitle(), round.questionnaireVersion(), Set.copyOf(round.audience()),
                round.opensOn(), round.closesOn(), status);
    }

    private static void assertDenied(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(AccessDeniedException.class);
    }
}
