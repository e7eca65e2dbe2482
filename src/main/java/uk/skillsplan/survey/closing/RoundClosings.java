package uk.skillsplan.survey.closing;

import uk.skillsplan.survey.RoundClosed;
import uk.skillsplan.survey.SurveyRoundService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import uk.skillsplan.survey.domain.SurveyRound;
import uk.skillsplan.survey.domain.SurveyRoundRepository;

/**
 * Rounds close by the calendar, not by anyone's action, so this announces each closing once
 * ({@link RoundClosed}): at start-up and then every quarter of an hour. Each round is marked in the
 * same transaction that publishes its event, so a closing is neither lost nor announced twice by
 * one node (two nodes racing on one round are kept apart by the entity's optimistic lock).
 */
@Component
public class RoundClosings {

    private final SurveyRoundRepository rounds;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RoundClosings(SurveyRoundRepository rounds, ApplicationEventPublisher events,
                  PlatformTransactionManager transactionManager, Clock clock) {
        this.rounds = rounds;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStartUp() {
        announceClosedRounds();
    }

    /** Announces every round that has closed since the last run; returns how many. */
    @Scheduled(fixedDelayString = "${skillsplan.rounds.closing-check:PT15M}", initialDelayString = "${skillsplan.rounds.closing-check:PT15M}")
    public int announceClosedRounds() {
        LocalDate today = LocalDate.now(clock.withZone(SurveyRoundService.UK));
        List<Long> closed = transactions.execute(status -> rounds.findClosedUnannounced(today).stream()
                .map(SurveyRound::getId).toList());
        for (long id : closed) {
            transactions.executeWithoutResult(status -> {
                SurveyRound round = rounds.findById(id).orElseThrow();
                round.closingAnnounced(today);
                events.publishEvent(new RoundClosed(round.getId(), round.getLsipCode(), round.getClosesOn()));
            });
        }
        return closed.size();
    }
}
