package uk.skillsplan.response.answering;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.skillsplan.base.Dates;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.directory.Caller;
import uk.skillsplan.directory.CallerScope;
import uk.skillsplan.response.CollectionMode;
import uk.skillsplan.security.Role;
import uk.skillsplan.survey.RoundStatus;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * Who may read and change a response: its own organisation's people, and the ERB lead of the
 * round's area (who may enter answers on the organisation's behalf); administrators may read.
 * Providers and councils therefore never see an employer's individual answers. Changes are
 * allowed only while the round is open.
 */
@Component
public class ResponseAccess {

    private final CallerScope callers;
    private final SurveyRoundService rounds;

    ResponseAccess(CallerScope callers, SurveyRoundService rounds) {
        this.callers = callers;
        this.rounds = rounds;
    }

    public SurveyRoundSummary requireRead(long organisationId, long roundId) {
        return requireRead(callers.require(), organisationId, roundId);
    }

    /** As {@link #requireRead(long, long)}, for a caller the service has already looked up (one lookup per call). */
    public SurveyRoundSummary requireRead(Caller me, long organisationId, long roundId) {
        SurveyRoundSummary round = rounds.describe(roundId);
        if (!me.answersFor(organisationId) && !rounds.manages(round)) {
            throw new AccessDeniedException("You may not see another organisation's response.");
        }
        return round;
    }

    public SurveyRoundSummary requireWrite(long organisationId, long roundId) {
        return requireWrite(callers.require(), organisationId, roundId);
    }

    /** As {@link #requireWrite(long, long)}, for a caller the service has already looked up (one lookup per call). */
    public SurveyRoundSummary requireWrite(Caller me, long organisationId, long roundId) {
        SurveyRoundSummary round = rounds.describe(roundId);
        if (!mayChange(me, organisationId, round)) {
            throw new AccessDeniedException("You may not change another organisation's response.");
        }
        requireOpen(round);
        return round;
    }

    public boolean mayWrite(long organisationId, SurveyRoundSummary round) {
        return mayWrite(callers.require(), organisationId, round);
    }

    public boolean mayWrite(Caller me, long organisationId, SurveyRoundSummary round) {
        return round.isOpen() && mayChange(me, organisationId, round);
    }

    /** The organisation's own people, or the ERB lead who manages the round (administrators only read). */
    private boolean mayChange(Caller me, long organisationId, SurveyRoundSummary round) {
        return me.answersFor(organisationId) || me.is(Role.ERB_LEAD) && rounds.manages(round);
    }

    public static void requireOpen(SurveyRoundSummary round) {
        if (round.status() == RoundStatus.CLOSED) {
            throw ValidationException.of(ValidationException.FORM, "This survey closed on "
                    + Dates.format(round.closesOn()) + ". Answers can no longer be given or changed; ask your ERB if you need more time.");
        }
        if (round.status() == RoundStatus.NOT_YET_OPEN) {
            throw ValidationException.of(ValidationException.FORM, "This survey opens on " + Dates.format(round.opensOn()) + ".");
        }
    }

    public CollectionMode modeForCurrentUser() {
        return callers.require().is(Role.ERB_LEAD) ? CollectionMode.ON_BEHALF : CollectionMode.ONLINE;
    }
}
