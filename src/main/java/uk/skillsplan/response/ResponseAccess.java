package uk.skillsplan.response;

import uk.skillsplan.base.Dates;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.skillsplan.base.ValidationException;
import uk.skillsplan.security.CurrentUser;
import uk.skillsplan.security.CurrentUserService;
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
class ResponseAccess {

    private final CurrentUserService currentUser;
    private final SurveyRoundService rounds;

    ResponseAccess(CurrentUserService currentUser, SurveyRoundService rounds) {
        this.currentUser = currentUser;
        this.rounds = rounds;
    }

    SurveyRoundSummary requireRead(long organisationId, long roundId) {
        SurveyRoundSummary round = rounds.describe(roundId);
        CurrentUser me = currentUser.require();
        if (!isOwn(me, organisationId) && !rounds.manages(round)) {
            throw new AccessDeniedException("You may not see another organisation's response.");
        }
        return round;
    }

    SurveyRoundSummary requireWrite(long organisationId, long roundId) {
        SurveyRoundSummary round = rounds.describe(roundId);
        CurrentUser me = currentUser.require();
        boolean manager = me.is(Role.ERB_LEAD) && rounds.manages(round);
        if (!isOwn(me, organisationId) && !manager) {
            throw new AccessDeniedException("You may not change another organisation's response.");
        }
        requireOpen(round);
        return round;
    }

    boolean mayWrite(long organisationId, SurveyRoundSummary round) {
        CurrentUser me = currentUser.require();
        return round.isOpen() && (isOwn(me, organisationId) || me.is(Role.ERB_LEAD) && rounds.manages(round));
    }

    static void requireOpen(SurveyRoundSummary round) {
        if (round.status() == RoundStatus.CLOSED) {
            throw ValidationException.of(ValidationException.FORM, "This survey closed on "
                    + Dates.format(round.closesOn()) + ". Answers can no longer be given or changed; ask your ERB if you need more time.");
        }
        if (round.status() == RoundStatus.NOT_YET_OPEN) {
            throw ValidationException.of(ValidationException.FORM, "This survey opens on " + Dates.format(round.opensOn()) + ".");
        }
    }

    CollectionMode modeForCurrentUser() {
        return currentUser.require().is(Role.ERB_LEAD) ? CollectionMode.ON_BEHALF : CollectionMode.ONLINE;
    }

    private static boolean isOwn(CurrentUser me, long organisationId) {
        return me.organisationId() != null && me.organisationId() == organisationId
                && (me.is(Role.EMPLOYER) || me.is(Role.PROVIDER) || me.is(Role.COUNCIL));
    }
}
