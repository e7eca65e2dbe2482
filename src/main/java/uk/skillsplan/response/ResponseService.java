package uk.skillsplan.response;

import uk.skillsplan.security.SignedIn;
import uk.skillsplan.security.ErbLeadOnly;
import uk.skillsplan.security.RespondentOnly;
import uk.skillsplan.response.answering.AnswerValidator;
import uk.skillsplan.response.answering.OptionCatalogue;
import uk.skillsplan.response.answering.ResponseAccess;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.response.domain.AnswerStore;
import uk.skillsplan.response.domain.Response;
import uk.skillsplan.response.domain.ResponseRepository;
import uk.skillsplan.response.domain.RevisionStore;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.CallerScope;
import uk.skillsplan.response.answering.SubmissionRecords;
import uk.skillsplan.security.AuditAction;
import uk.skillsplan.security.AuditTrail;
import uk.skillsplan.survey.RoundAudience;
import uk.skillsplan.survey.QuestionDefinition;
import uk.skillsplan.survey.QuestionType;
import uk.skillsplan.survey.QuestionnaireDefinition;
import uk.skillsplan.survey.QuestionnaireService;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * Answering a survey: starting or resuming a response, saving answers as people go (each save
 * is checked like a submission would check it, and nothing invalid is stored), submitting with a
 * receipt, amending until the round closes, and the kept history of submissions.
 */
@Service
@Transactional(readOnly = true)
public class ResponseService {

    private final ResponseRepository responses;
    private final AnswerStore answerStore;
    private final RevisionStore revisions;
    private final ResponseAccess access;
    private final SurveyRoundService rounds;
    private final QuestionnaireService questionnaires;
    private final OrganisationService organisations;
    private final OptionCatalogue options;
    private final CallerScope callers;
    private final RoundAudience audience;
    private final SubmissionRecords submissions;
    private final AuditTrail audit;
    private final Clock clock;

    ResponseService(ResponseRepository responses, AnswerStore answerStore, RevisionStore revisions, ResponseAccess access,
                    SurveyRoundService rounds, QuestionnaireService questionnaires, OrganisationService organisations,
                    OptionCatalogue options, CallerScope callers, RoundAudience audience,
                    SubmissionRecords submissions, AuditTrail audit, Clock clock) {
        this.responses = responses;
        this.answerStore = answerStore;
        this.revisions = revisions;
        this.access = access;
        this.rounds = rounds;
        this.questionnaires = questionnaires;
        this.organisations = organisations;
        this.options = options;
        this.callers = callers;
        this.audience = audience;
        this.submissions = submissions;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller's organisation's response to a round, if it has started one. */
    @RespondentOnly
    public Optional<ResponseSummary> mine(long roundId) {
        rounds.get(roundId);
        long organisationId = myOrganisationId();
        return responses.findByRoundIdAndOrganisationId(roundId, organisationId).map(this::toSummary);
    }

    /** Starts the caller's organisation's response (or returns the one already started). */
    @RespondentOnly
    @Transactional
    public ResponseSummary startOrResume(long roundId) {
        SurveyRoundSummary round = rounds.get(roundId);
        return start(round, organisations.describe(myOrganisationId()), CollectionMode.ONLINE);
    }

    /** An ERB lead starts (or resumes) a response for an organisation of their area, to enter its answers for it. */
    @ErbLeadOnly
    @Transactional
    public ResponseSummary startOnBehalf(long roundId, long organisationId) {
        SurveyRoundSummary round = rounds.requireManaged(roundId, "Only the ERB lead of the round's area can enter "
                + "answers on an organisation's behalf.");
        OrganisationSummary organisation = organisations.get(organisationId);
        audience.whyNotAsked(round, organisation).ifPresent(reason -> {
            throw ValidationException.of(ValidationException.FORM, reason + " Answers cannot be entered for it.");
        });
        audit.record(AuditAction.ANSWERS_ENTERED_ON_BEHALF, organisation.name() + " (" + organisation.id() + ")",
                round.lsipCode(), "opened its response to " + round.title() + " to enter answers for it");
        return start(round, organisation, CollectionMode.ON_BEHALF);
    }

    @SignedIn
    public ResponseForm open(long responseId) {
        Response response = load(responseId);
        Caller me = callers.require();
        SurveyRoundSummary round = access.requireRead(me, response.getOrganisationId(), response.getRoundId());
        return new ResponseForm(toSummary(response), round, questionnaires.definition(round.questionnaireVersionId()),
                answerStore.load(responseId), access.mayWrite(me, response.getOrganisationId(), round));
    }

    /**
     * Saves answers to some questions. Each is checked in the context of all other answers that
     * apply; if any is refused, none is saved and the result says why, by question code. Answers to
     * questions that the new answers hide are kept (switching back shows them again) but no longer
     * count: they are left out of checks and of the submission, which removes them.
     */
    @SignedIn
    @Transactional
    public SaveResult save(long responseId, Map<String, List<Cell>> changes) {
        return save(responseId, changes, null);
    }

    /**
     * As {@link #save(long, Map)}, but only if nobody changed these questions since the person's page
     * showed {@code basedOn}: a save over a colleague's newer answer is refused with both answers
     * ({@link SaveResult#conflicts()}), nothing is saved, and the person chooses. {@code null} saves
     * regardless (the person has seen the colleague's answer and chosen their own).
     */
    @SignedIn
    @Transactional
    public SaveResult save(long responseId, Map<String, List<Cell>> changes, Answers basedOn) {
        Response response = load(responseId);
        Caller me = callers.require();
        SurveyRoundSummary round = access.requireWrite(me, response.getOrganisationId(), response.getRoundId());
        AnswerValidator validator = validator(round);
        QuestionnaireDefinition definition = validator.definition();
        Answers current = answerStore.load(responseId);
        if (basedOn != null) {
            Map<String, SaveConflict> conflicts = new LinkedHashMap<>();
            changes.forEach((code, mine) -> {
                if (!Answers.sameCells(current.cells(code), basedOn.cells(code))
                        && !Answers.sameCells(current.cells(code), mine)) {
                    conflicts.put(code, new SaveConflict(code, current.cells(code), mine, response.getLastEditedByName(),
                            response.getLastEditedAt()));
                }
            });
            if (!conflicts.isEmpty()) {
                return new SaveResult(Map.of(), Set.of(), toSummary(response), conflicts);
            }
        }
        Map<String, List<Cell>> writes = new LinkedHashMap<>(changes);
        Answers proposed = current;
        for (var change : changes.entrySet()) {
            proposed = proposed.with(change.getKey(), change.getValue());
        }
        proposed = dropOrphanGridRows(definition, changes.keySet(), proposed, writes);
        Set<String> hidden = validator.hiddenButAnswered(proposed);
        Answers applying = proposed.without(hidden);
        Map<String, String> errors = new LinkedHashMap<>();
        for (var change : changes.entrySet()) {
            Optional<QuestionDefinition> question = definition.question(change.getKey());
            if (question.isEmpty()) {
                errors.put(change.getKey(), "This questionnaire has no question " + change.getKey() + ".");
                continue;
            }
            validator.check(question.get(), change.getValue(), applying)
                    .or(() -> validator.brokenRule(change.getKey(), applying))
                    .ifPresent(message -> errors.put(change.getKey(), message));
        }
        if (!errors.isEmpty()) {
            return new SaveResult(errors, Set.of(), toSummary(response));
        }
        // Only answers that differ from what is stored are rewritten (an unchanged answer keeps its rows).
        writes.entrySet().removeIf(write -> Answers.sameCells(current.cells(write.getKey()), write.getValue()));
        answerStore.replace(responseId, writes);
        var at = clock.instant();
        responses.touch(responseId, me.userId(), me.displayName(), at, ResponseStatus.SUBMITTED,
                ResponseStatus.AMENDING);
        Set<String> newlyHidden = new java.util.LinkedHashSet<>(hidden);
        newlyHidden.removeAll(validator.hiddenButAnswered(current));
        // What touch() wrote, without reading the row again.
        ResponseSummary before = toSummary(response);
        return new SaveResult(Map.of(), newlyHidden, new ResponseSummary(before.id(), before.roundId(),
                before.organisationId(), before.organisationName(),
                before.status() == ResponseStatus.SUBMITTED ? ResponseStatus.AMENDING : before.status(),
                before.collectionMode(), before.currentSection(), before.submittedRevision(), before.submittedAt(),
                me.displayName(), at));
    }

    /** Remembers the section the person is on, so that signing in elsewhere resumes there. */
    @SignedIn
    @Transactional
    public void moveTo(long responseId, String sectionCode) {
        Response response = load(responseId);
        SurveyRoundSummary round = access.requireRead(response.getOrganisationId(), response.getRoundId());
        if (access.mayWrite(response.getOrganisationId(), round)) {
            responses.moveTo(responseId, sectionCode);
        }
    }

    /** What stops the response from being submitted; empty when it can be submitted. */
    @SignedIn
    public List<Problem> problems(long responseId) {
        Response response = load(responseId);
        SurveyRoundSummary round = access.requireRead(response.getOrganisationId(), response.getRoundId());
        return validator(round).problems(applying(validator(round), answerStore.load(responseId)));
    }

    /** The questions (by their wording) whose answers differ between two sets of answers. */
    private static List<String> changedQuestions(AnswerValidator validator, Answers before, Answers after) {
        java.util.Set<String> codes = new java.util.TreeSet<>(before.asMap().keySet());
        codes.addAll(after.asMap().keySet());
        return validator.definition().questions().filter(q -> codes.contains(q.code()))
                .filter(q -> !Answers.sameCells(before.cells(q.code()), after.cells(q.code())))
                .map(QuestionDefinition::text).toList();
    }

    /** The answers that count: those to questions that the other answers do not hide. */
    private static Answers applying(AnswerValidator validator, Answers answers) {
        return answers.without(validator.hiddenButAnswered(answers));
    }

    /** Submits the current answers as a new kept version of the response and returns the receipt. */
    @SignedIn
    @Transactional
    public Receipt submit(long responseId) {
        return submit(responseId, null);
    }

    /**
     * Submits, but only the answers the person reviewed: if anyone changed the response after the
     * review page showed {@code reviewed}, nothing is submitted and the message names what changed.
     * {@code null} submits the current answers.
     */
    @SignedIn
    @Transactional
    public Receipt submit(long responseId, Answers reviewed) {
        Response response = load(responseId);
        SurveyRoundSummary round = access.requireWrite(response.getOrganisationId(), response.getRoundId());
        AnswerValidator validator = validator(round);
        Answers kept = answerStore.load(responseId);
        Set<String> hidden = validator.hiddenButAnswered(kept);
        Answers answers = kept.without(hidden);
        if (reviewed != null) {
            List<String> changed = changedQuestions(validator, applying(validator, reviewed), answers);
            if (!changed.isEmpty()) {
                throw ValidationException.of(ValidationException.FORM, "Nothing was submitted: "
                        + (response.getLastEditedByName() == null ? "someone" : response.getLastEditedByName())
                        + " changed these answers after you opened this page: " + String.join("; ", changed)
                        + ". Check them below and submit again.");
            }
        }
        List<Problem> problems = validator.problems(answers);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.stream().collect(Collectors.toMap(Problem::questionCode,
                    Problem::message, (first, second) -> first, LinkedHashMap::new)));
        }
        if (response.getStatus() == ResponseStatus.SUBMITTED) {
            throw ValidationException.of(ValidationException.FORM, "Nothing has changed since your last submission.");
        }
        // Answers kept for hidden questions are not part of what is submitted.
        answerStore.delete(responseId, hidden);
        CollectionMode mode = access.modeForCurrentUser();
        Receipt receipt = recordSubmission(response, round, answers, mode);
        if (mode == CollectionMode.ON_BEHALF) {
            audit.record(AuditAction.ANSWERS_ENTERED_ON_BEHALF, organisations.describe(response.getOrganisationId()).name()
                    + " (" + response.getOrganisationId() + ")", round.lsipCode(), "submitted " + receipt.reference());
        }
        return receipt;
    }

    @SignedIn
    public List<RevisionSummary> history(long responseId) {
        Response response = load(responseId);
        access.requireRead(response.getOrganisationId(), response.getRoundId());
        return revisions.list(responseId);
    }

    @SignedIn
    public Answers revision(long responseId, int revision) {
        Response response = load(responseId);
        access.requireRead(response.getOrganisationId(), response.getRoundId());
        return answerStore.loadRevision(responseId, revision);
    }

    /** The validator of an opened response's questionnaire (pages use it to know which questions are shown). */
    public AnswerValidator validatorFor(ResponseForm form) {
        return validator(form.round());
    }

    /** A validator for a round's questionnaire, for the import and other checks in this module. */
    AnswerValidator validator(SurveyRoundSummary round) {
        return new AnswerValidator(questionnaires.definition(round.questionnaireVersionId()), options, round.lsipCode());
    }

    private Receipt recordSubmission(Response response, SurveyRoundSummary round, Answers answers, CollectionMode mode) {
        Caller me = callers.require();
        int revision = response.nextRevision();
        String reference = "SP-" + response.getRoundId() + "-" + response.getId() + "-" + revision;
        var at = clock.instant();
        revisions.add(response.getId(), new RevisionSummary(revision, reference, mode, at, me.displayName()),
                me.userIdOrNull());
        answerStore.snapshot(response.getId(), revision);
        response.submitted(revision, mode, at);
        submissions.recorded(questionnaires.definition(round.questionnaireVersionId()), round.lsipCode(),
                List.of(new SubmissionRecords.Submitted(response.getId(), response.getRoundId(),
                        response.getOrganisationId(), revision, mode, at, answers)));
        return new Receipt(reference, at, revision);
    }

    private ResponseSummary start(SurveyRoundSummary round, OrganisationSummary organisation, CollectionMode mode) {
        Optional<Response> existing = responses.findByRoundIdAndOrganisationId(round.id(), organisation.id());
        if (existing.isPresent()) {
            return toSummary(existing.get());
        }
        ResponseAccess.requireOpen(round);
        Response response = responses.saveAndFlush(new Response(round.id(), organisation.id(), mode, clock.instant()));
        answerStore.replace(response.getId(), profileAnswers(questionnaires.definition(round.questionnaireVersionId()),
                organisation));
        return toSummary(response);
    }

    /** Pre-fills what the directory already knows (sector, size, place); the respondent can correct it. */
    private static Map<String, List<Cell>> profileAnswers(QuestionnaireDefinition definition, OrganisationSummary organisation) {
        Map<String, List<Cell>> answers = new LinkedHashMap<>();
        definition.questions().filter(q -> q.type() == QuestionType.SINGLE_CHOICE && q.optionSource() != null)
                .forEach(q -> {
                    String value = switch (q.optionSource()) {
                        case SIC_SECTIONS -> organisation.sicSection();
                        case SIZE_BANDS -> organisation.sizeBand() == null ? null : organisation.sizeBand().code();
                        case LOCAL_AUTHORITIES -> organisation.ladCode();
                    };
                    if (value != null && (organisation.kind() == OrganisationKind.EMPLOYER || q.optionSource()
                            == uk.skillsplan.survey.OptionSource.LOCAL_AUTHORITIES)) {
                        answers.put(q.code(), List.of(Cell.option(value)));
                    }
                });
        return answers;
    }

    /** Grid rows that come from an occupation question disappear when that occupation is unchosen. */
    private static Answers dropOrphanGridRows(QuestionnaireDefinition definition, Set<String> changed, Answers proposed,
                                              Map<String, List<Cell>> writes) {
        Answers result = proposed;
        for (QuestionDefinition grid : definition.questions().filter(q -> q.type() == QuestionType.OCCUPATION_GRID
                && q.rows() != null && !q.rows().socMajorGroups() && changed.contains(q.rows().fromQuestion())).toList()) {
            Set<String> rows = result.chosen(grid.rows().fromQuestion());
            List<Cell> kept = result.cells(grid.code()).stream().filter(c -> rows.contains(c.rowKey())).toList();
            if (kept.size() != result.cells(grid.code()).size()) {
                writes.put(grid.code(), kept);
                result = result.with(grid.code(), kept);
            }
        }
        return result;
    }

    private long myOrganisationId() {
        Long id = callers.require().organisationId();
        if (id == null) {
            throw new AccessDeniedException("Your account belongs to no organisation.");
        }
        return id;
    }

    Response load(long responseId) {
        return responses.findById(responseId)
                .orElseThrow(() -> new NotFoundException("There is no response " + responseId + "."));
    }

    ResponseSummary toSummary(Response response) {
        return new ResponseSummary(response.getId(), response.getRoundId(), response.getOrganisationId(),
                organisations.nameOf(response.getOrganisationId()), response.getStatus(),
                response.getCollectionMode(), response.getCurrentSection(), response.getSubmittedRevision(),
                response.getSubmittedAt(), response.getLastEditedByName(), response.getLastEditedAt());
    }
}
