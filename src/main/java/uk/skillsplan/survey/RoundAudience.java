package uk.skillsplan.survey;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationSummary;
import uk.skillsplan.survey.domain.RoundAudienceQueries;

/**
 * Whether a round asks an organisation to answer. The rule - an active organisation of one of the
 * round's audience kinds, in the round's LSIP area - is written once, as the published
 * {@code round_audience} view, which round progress joins in SQL; every other check (starting a
 * response, entering answers on an organisation's behalf, importing, synthetic data, a
 * respondent's list of surveys) asks it here. No access check: callers make their own.
 */
@Component
@Transactional(readOnly = true)
public class RoundAudience {

    private final RoundAudienceQueries queries;

    RoundAudience(RoundAudienceQueries queries) {
        this.queries = queries;
    }

    public boolean asks(long roundId, long organisationId) {
        return queries.asks(roundId, organisationId);
    }

    /** Those of the given organisations that the round asks. */
    public Set<Long> askedAmong(long roundId, Collection<Long> organisationIds) {
        return queries.askedAmong(roundId, organisationIds);
    }

    /** The rounds that ask the organisation, in any state. */
    public java.util.List<Long> roundsAsking(long organisationId) {
        return queries.roundsAsking(organisationId);
    }

    /**
     * Empty when the round asks the organisation; otherwise a sentence saying why not, for the
     * person who tried (the decision is the view's; this only explains it).
     */
    public Optional<String> whyNotAsked(SurveyRoundSummary round, OrganisationSummary organisation) {
        if (asks(round.id(), organisation.id())) {
            return Optional.empty();
        }
        if (!organisation.active()) {
            return Optional.of(organisation.name() + " is marked inactive. Reactivate it on the Organisations page first.");
        }
        if (!round.audience().contains(organisation.kind())) {
            return Optional.of(organisation.name() + " is " + article(organisation.kind()) + ", but this round asks only: "
                    + String.join(", ", round.audience().stream().map(k -> k.label().toLowerCase(Locale.ROOT)).sorted()
                    .toList()) + ".");
        }
        return Optional.of(organisation.name() + " is not in this round's LSIP area.");
    }

    private static String article(OrganisationKind kind) {
        String label = kind.label().toLowerCase(Locale.ROOT);
        return ("aeiou".indexOf(label.charAt(0)) >= 0 ? "an " : "a ") + label;
    }
}
