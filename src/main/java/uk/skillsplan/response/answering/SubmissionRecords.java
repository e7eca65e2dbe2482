package uk.skillsplan.response.answering;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.response.Answers;
import uk.skillsplan.response.CollectionMode;
import uk.skillsplan.response.ResponseAmended;
import uk.skillsplan.response.ResponseSubmitted;
import uk.skillsplan.response.domain.SubmittedResponseFacts;
import uk.skillsplan.response.domain.SubmittedResponseFacts.Fact;
import uk.skillsplan.survey.OptionSource;
import uk.skillsplan.survey.QuestionDefinition;
import uk.skillsplan.survey.QuestionType;
import uk.skillsplan.survey.QuestionnaireDefinition;

/**
 * What every submission does besides storing its answers, whichever way it came (online, on an
 * organisation's behalf, imported, synthetic): it updates the published read model and tells other
 * modules ({@link ResponseSubmitted}, {@link ResponseAmended}), in the submitting transaction, so
 * that the event publication registry keeps the event if a listener fails or the node stops.
 */
@Component
public class SubmissionRecords {

    /** One submitted revision of a response, with its answers. */
    public record Submitted(long responseId, long roundId, long organisationId, int revision, CollectionMode mode,
                            Instant at, Answers answers) {
    }

    private final SubmittedResponseFacts facts;
    private final ApplicationEventPublisher events;

    SubmissionRecords(SubmittedResponseFacts facts, ApplicationEventPublisher events) {
        this.facts = facts;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recorded(QuestionnaireDefinition definition, String lsipCode, List<Submitted> submissions) {
        Optional<String> place = codeOf(definition, OptionSource.LOCAL_AUTHORITIES);
        Optional<String> sector = codeOf(definition, OptionSource.SIC_SECTIONS);
        Optional<String> size = codeOf(definition, OptionSource.SIZE_BANDS);
        List<Fact> rows = new ArrayList<>(submissions.size());
        for (Submitted s : submissions) {
            rows.add(new Fact(s.responseId(), s.revision(), s.roundId(), s.organisationId(), lsipCode,
                    reported(s.answers(), place), reported(s.answers(), sector), reported(s.answers(), size), s.mode(),
                    s.at()));
        }
        facts.record(rows);
        for (Submitted s : submissions) {
            events.publishEvent(s.revision() == 1
                    ? new ResponseSubmitted(s.responseId(), s.roundId(), s.organisationId(), 1, s.mode(), s.at())
                    : new ResponseAmended(s.responseId(), s.roundId(), s.organisationId(), s.revision(), s.revision() - 1,
                    s.mode(), s.at()));
        }
    }

    /** The question that asks for a classification, if the questionnaire asks for it. */
    private static Optional<String> codeOf(QuestionnaireDefinition definition, OptionSource source) {
        return definition.questions().filter(q -> q.type() == QuestionType.SINGLE_CHOICE && q.optionSource() == source)
                .map(QuestionDefinition::code).findFirst();
    }

    private static String reported(Answers answers, Optional<String> questionCode) {
        return questionCode.flatMap(answers::option).orElse(null);
    }
}
