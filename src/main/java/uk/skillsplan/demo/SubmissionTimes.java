package uk.skillsplan.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * When synthetic responses were submitted: on a day between the round's opening and today (or
 * its closing day, if it has closed), during working hours, so that "responses over time" looks
 * like a real round rather than one spike at start-up.
 */
final class SubmissionTimes {

    private final LocalDate first;
    private final long days;
    private final Instant now;

    SubmissionTimes(SurveyRoundSummary round, Clock clock) {
        this.now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, SurveyRoundService.UK);
        LocalDate last = round.closesOn().isBefore(today) ? round.closesOn() : today;
        this.first = round.opensOn().isAfter(last) ? last : round.opensOn();
        this.days = ChronoUnit.DAYS.between(first, last) + 1;
    }

    /** The next submission time; never in the future. */
    Instant next(Draws draws) {
        LocalDate day = first.plusDays((long) (draws.uniform(0, 1) * days));
        LocalTime time = LocalTime.of(8, 0).plusSeconds((long) (draws.uniform(0, 1) * 12 * 3600));
        Instant at = day.atTime(time).atZone(SurveyRoundService.UK).toInstant();
        return at.isAfter(now) ? now : at;
    }
}
