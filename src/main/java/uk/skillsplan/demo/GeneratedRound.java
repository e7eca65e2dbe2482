package uk.skillsplan.demo;

import java.time.Duration;
import java.util.List;

/**
 * What a synthetic generation wrote into a round: the organisations that answered (new or
 * existing) and their submitted responses, in the same order, and how long it took.
 */
public record GeneratedRound(long roundId, List<Long> organisationIds, List<Long> responseIds, Duration took) {

    public GeneratedRound {
        organisationIds = List.copyOf(organisationIds);
        responseIds = List.copyOf(responseIds);
    }

    public int size() {
        return responseIds.size();
    }
}
