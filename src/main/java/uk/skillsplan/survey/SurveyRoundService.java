package uk.skillsplan.survey;

import uk.skillsplan.base.Dates;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.base.Errors;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.security.CurrentUser;
import uk.skillsplan.security.CurrentUserService;
import uk.skillsplan.security.Role;
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
    private final OrganisationService organisations;
    private final CurrentUserService currentUser;
    private final Clock clock;

    SurveyRoundService(SurveyRoundRepository rounds, QuestionnaireVersionRepository versions,
                       OrganisationService organisations, CurrentUserService currentUser, Clock clock) {
        this.rounds = rounds;
        this.versions = versions;
        this.organisations = organisations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }

    /** An ERB lead opens a round in their own area. */
    @PreAuthorize("hasRole('ERB_LEAD')")
    @Transactional
    public SurveyRoundSummary open(NewRound command) {
        return openIn(myArea().orElseThrow(() -> new AccessDeniedException("Your account has no LSIP area.")), command);
    }

    /** An administrator (or start-up work, such as demo data) opens a round in any area. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public SurveyRoundSummary openInArea(String lsipCode, NewRound command) {
        return openIn(lsipCode, command);
    }

    private SurveyRoundSummary openIn(String area, NewRound command) {
        CurrentUser me = currentUser.require();
        Errors errors = new Errors();
        errors.rejectIf(Errors.isBlank(command.title()), "title", "Give the round a name, for example \"Employer survey 2026\".");
        errors.rejectIf(command.title() != null && command.title().trim().length() > 200, "title", "Use at most 200 characters.");
        var version = command.questionnaireVersionId() == null ? null
                : versions.findById(command.questionnaireVersionId()).orElse(null);
        errors.rejectIf(version == null, "questionnaireVersionId", "Choose a questionnaire.");
        errors.rejectIf(command.audience() == null || command.audience().isEmpty(), "audience",
                "Choose who is asked to answer.");
        errors.rejectIf(command.opensOn() == null, "opensOn", "Choose the opening date.");
        errors.rejectIf(command.closesOn() == null, "closesOn", "Choose the closing date.");
        if (command.opensOn() != null && command.closesOn() != null) {
            errors.rejectIf(command.closesOn().isBefore(command.opensOn()), "closesOn",
                    "The closing date must be on or after the opening date.");
            errors.rejectIf(command.closesOn().isBefore(today()), "closesOn", "The closing date cannot be in the past.");
        }
        errors.throwIfAny();
        SurveyRound round = rounds.save(new SurveyRound(area, version, command.title().trim(), command.audience(),
                command.opensOn(), command.closesOn(), me.userId() == 0 ? null : me.userId(), clock.instant()));
        return toSummary(round);
    }

    /** Moves a round's closing date later; answers can then be given and changed until the new date. */
    @PreAuthorize("hasRole('ERB_LEAD')")
    @Transactional
    public SurveyRoundSummary extend(long roundId, LocalDate newCloseDate) {
        SurveyRound round = loadInMyArea(roundId);
        Errors errors = new Errors();
        errors.rejectIf(newCloseDate == null, "closesOn", "Choose the new closing date.");
        if (newCloseDate != null) {
            errors.rejectIf(!newCloseDate.isAfter(round.getClosesOn()), "closesOn",
                    "Choose a date after the current closing date (" + Dates.format(round.getClosesOn()) + ").");
            errors.rejectIf(newCloseDate.isBefore(today()), "closesOn", "The closing date cannot be in the past.");
        }
        errors.throwIfAny();
        round.extendTo(newCloseDate);
        return toSummary(round);
    }

    /** Rounds the caller manages: an ERB lead's area, or every area for an administrator. */
    @PreAuthorize("hasAnyRole('ERB_LEAD', 'ADMIN')")
    public List<SurveyRoundSummary> managedRounds() {
        List<SurveyRound> found = currentUser.require().is(Role.ADMIN) ? rounds.findAllNewestFirst()
                : myArea().map(rounds::findByArea).orElse(List.of());
        return found.stream().map(this::toSummary).toList();
    }

    /** Rounds addressed to the caller's organisation (its kind, in its area), open or not. */
    @PreAuthorize("hasAnyRole('EMPLOYER', 'PROVIDER', 'COUNCIL')")
    public List<SurveyRoundSummary> roundsForMe() {
        OrganisationSummary mine = organisations.mine().orElseThrow(() -> new AccessDeniedException("No organisation."));
        return rounds.findByArea(mine.lsipCode()).stream().filter(r -> r.getAudience().contains(mine.kind()))
                .map(this::toSummary).toList();
    }

    /** One round, if the caller manages it or is asked to answer it. */
    @PreAuthorize("isAuthenticated()")
    public SurveyRoundSummary get(long roundId) {
        SurveyRoundSummary round = describe(roundId);
        CurrentUser me = currentUser.require();
        boolean allowed = switch (me.role()) {
            case ADMIN -> true;
            case ERB_LEAD -> myArea().filter(round.lsipCode()::equals).isPresent();
            default -> organisations.mine().filter(o -> o.lsipCode().equals(round.lsipCode())
                    && round.audience().contains(o.kind())).isPresent();
        };
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

    /** Whether the caller manages the round (ERB lead of its area, or an administrator). */
    @PreAuthorize("isAuthenticated()")
    public boolean manages(SurveyRoundSummary round) {
        CurrentUser me = currentUser.require();
        return me.is(Role.ADMIN) || me.is(Role.ERB_LEAD) && myArea().filter(round.lsipCode()::equals).isPresent();
    }

    private SurveyRound loadInMyArea(long roundId) {
        SurveyRound round = rounds.findById(roundId)
                .orElseThrow(() -> new NotFoundException("There is no survey round " + roundId + "."));
        if (!myArea().filter(round.getLsipCode()::equals).isPresent()) {
            throw new AccessDeniedException("An ERB lead manages the rounds of their own area only.");
        }
        return round;
    }

    private Optional<String> myArea() {
        return organisations.mine().map(OrganisationSummary::lsipCode);
    }

    private SurveyRoundSummary toSummary(SurveyRound round) {
        var version = round.getQuestionnaireVersion();
        return new SurveyRoundSummary(round.getId(), round.getLsipCode(), round.getTitle(), version.getId(),
                version.getQuestionnaire().getCode(), version.getTitle(), version.getVersionNumber(), round.getAudience(),
                round.getOpensOn(), round.getClosesOn(), RoundStatus.on(today(), round.getOpensOn(), round.getClosesOn()));
    }
}
