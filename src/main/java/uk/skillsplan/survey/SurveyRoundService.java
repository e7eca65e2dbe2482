package uk.skillsplan.survey;

import uk.skillsplan.security.SignedIn;
import uk.skillsplan.security.ErbLeadOnly;
import uk.skillsplan.security.AdminOnly;
import uk.skillsplan.security.RespondentOnly;
import uk.skillsplan.security.ErbLeadOrAdmin;
import uk.skillsplan.base.Dates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.Errors;
import uk.skillsplan.base.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.CallerScope;
import uk.skillsplan.survey.domain.QuestionnaireVersionRepository;
import uk.skillsplan.survey.domain.SurveyRound;
import uk.skillsplan.survey.domain.SurveyRoundRepository;

/**
 * Survey rounds. An ERB lead opens and extends rounds in their own area; respondents see the
 * rounds addressed to their kind of organisation in their area; administrators see all.
 */
@Service
@Transactional(readOnly = true)
public class SurveyRoundService {

    /** Dates are English dates: a round closes at the end of its closing day in the UK. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private final SurveyRoundRepository rounds;
    private final QuestionnaireVersionRepository versions;
    private final RoundAudience audience;
    private final QuestionnaireService questionnaires;
    private final CallerScope callers;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SurveyRoundService(SurveyRoundRepository rounds, QuestionnaireVersionRepository versions, RoundAudience audience,
                       QuestionnaireService questionnaires, CallerScope callers, ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.versions = versions;
        this.audience = audience;
        this.questionnaires = questionnaires;
        this.callers = callers;
        this.events = events;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    /** An ERB lead opens a round in their own area. */
    @ErbLeadOnly
    @Transactional
    public SurveyRoundSummary open(NewRound command) {
        return openIn(callers.requireArea(), command);
    }

    /** An administrator (or start-up work, such as demo data) opens a round in any area. */
    @AdminOnly
    @Transactional
    public SurveyRoundSummary openInArea(String lsipCode, NewRound command) {
        return openIn(lsipCode, command);
    }

    private SurveyRoundSummary openIn(String area, NewRound command) {
        Caller me = callers.require();
        Errors errors = new Errors();
        errors.rejectIf(Errors.isBlank(command.title()), "title", "Give the round a name, for example \"Employer survey 2026\".");
        errors.rejectIf(command.title() != null && command.title().trim().length() > 200, "title", "Use at most 200 characters.");
        var version = command.questionnaireVersionId() == null ? null
                : versions.findById(command.questionnaireVersionId()).orElse(null);
        errors.rejectIf(version == null, "questionnaireVersionId", "Choose a questionnaire.");
        errors.rejectIf(command.audience() == null || command.audience().isEmpty(), "audience",
                "Choose who is asked to answer.");
        if (version != null && command.audience() != null && !command.audience().isEmpty()) {
            // A round asks the kind of organisation its questionnaire was written for, and only that kind.
            var meantFor = questionnaires.definition(version.getId()).audience();
            errors.rejectIf(!command.audience().equals(java.util.Set.of(meantFor)), "audience",
                    "The questionnaire \"" + version.getTitle() + "\" is written for one kind of organisation ("
                    + meantFor.label().toLowerCase(java.util.Locale.ROOT) + "): choose only that, or another questionnaire.");
        }
        errors.rejectIf(command.opensOn() == null, "opensOn", "Choose the opening date.");
        errors.rejectIf(command.closesOn() == null, "closesOn", "Choose the closing date.");
        if (command.opensOn() != null && command.closesOn() != null) {
            errors.rejectIf(command.closesOn().isBefore(command.opensOn()), "closesOn",
                    "The closing date must be on or after the opening date.");
            errors.rejectIf(command.closesOn().isBefore(today()), "closesOn", "The closing date cannot be in the past.");
        }
        errors.throwIfAny();
        SurveyRound round = rounds.save(new SurveyRound(area, version, command.title().trim(), command.audience(),
                command.opensOn(), command.closesOn(), me.userIdOrNull(), clock.instant()));
        return toSummary(round);
    }

    /** Moves a round's closing date later; answers can then be given and changed until the new date. */
    @ErbLeadOnly
    @Transactional
    public SurveyRoundSummary extend(long roundId, LocalDate newCloseDate) {
        SurveyRound round = load(roundId);
        if (!callers.require().manages(round.getLsipCode())) {
            throw new AccessDeniedException("An ERB lead manages the rounds of their own area only.");
        }
        Errors errors = new Errors();
        errors.rejectIf(newCloseDate == null, "closesOn", "Choose the new closing date.");
        if (newCloseDate != null) {
            errors.rejectIf(!newCloseDate.isAfter(round.getClosesOn()), "closesOn",
                    "Choose a date after the current closing date (" + Dates.format(round.getClosesOn()) + ").");
            errors.rejectIf(newCloseDate.isBefore(today()), "closesOn", "The closing date cannot be in the past.");
        }
        errors.throwIfAny();
        LocalDate previous = round.getClosesOn();
        round.extendTo(newCloseDate);
        events.publishEvent(new RoundExtended(round.getId(), round.getLsipCode(), previous, newCloseDate));
        return toSummary(round);
    }

    /** Rounds the caller manages: an ERB lead's area, or every area for an administrator. */
    @ErbLeadOrAdmin
    public List<SurveyRoundSummary> managedRounds() {
        Caller me = callers.require();
        List<SurveyRound> found = me.isAdmin() ? rounds.findAllNewestFirst()
                : me.lsipCode() == null ? List.of() : rounds.findByArea(me.lsipCode());
        return found.stream().map(this::toSummary).toList();
    }

    /** Rounds addressed to the caller's organisation (its kind, in its area), open or not. */
    @RespondentOnly
    public List<SurveyRoundSummary> roundsForMe() {
        Caller me = callers.require();
        if (me.organisationId() == null) {
            throw new AccessDeniedException("Your account belongs to no organisation.");
        }
        List<Long> asking = audience.roundsAsking(me.organisationId());
        return rounds.findByArea(me.lsipCode()).stream().filter(r -> asking.contains(r.getId()))
                .map(this::toSummary).toList();
    }

    /** One round, if the caller manages it or is asked to answer it. */
    @SignedIn
    public SurveyRoundSummary get(long roundId) {
        SurveyRoundSummary round = describe(roundId);
        Caller me = callers.require();
        boolean allowed = me.manages(round.lsipCode())
                || me.role().answersSurveys() && me.organisationId() != null && audience.asks(roundId, me.organisationId());
        if (!allowed) {
            throw new AccessDeniedException("This survey round is not for you.");
        }
        return round;
    }

    /** A round without an access check, for other services that make their own. */
    public SurveyRoundSummary describe(long roundId) {
        return rounds.findById(roundId).map(this::toSummary)
                .orElseThrow(() -> new NotFoundException("There is no survey round " + roundId + "."));
    }

    /**
     * Whether the caller manages the round: the ERB lead of its area, or an administrator. The one
     * place that decides it; progress, import, export and entry on an organisation's behalf ask here.
     */
    @SignedIn
    public boolean manages(SurveyRoundSummary round) {
        return callers.require().manages(round.lsipCode());
    }

    /** The round, if the caller manages it; otherwise access is denied with {@code refusal}. */
    @SignedIn
    public SurveyRoundSummary requireManaged(long roundId, String refusal) {
        SurveyRoundSummary round = describe(roundId);
        if (!manages(round)) {
            throw new AccessDeniedException(refusal);
        }
        return round;
    }

    private SurveyRound load(long roundId) {
        return rounds.findById(roundId)
                .orElseThrow(() -> new NotFoundException("There is no survey round " + roundId + "."));
    }

    /**
     * The questionnaire's code, title and version number come from its published definition, which
     * never changes and is kept parsed (publishing stores them from the definition), rather than
     * from the version's row: that row holds the whole definition text, and reading it on every
     * save of an answer cost two queries and most of a save's database time (docs/benchmarks.md).
     */
    private SurveyRoundSummary toSummary(SurveyRound round) {
        long versionId = round.getQuestionnaireVersionId();
        QuestionnaireDefinition version = questionnaires.definition(versionId);
        return new SurveyRoundSummary(round.getId(), round.getLsipCode(), round.getTitle(), versionId,
                version.code(), version.title(), version.version(), round.getAudience(),
                round.getOpensOn(), round.getClosesOn(), RoundStatus.on(today(), round.getOpensOn(), round.getClosesOn()));
    }
}
