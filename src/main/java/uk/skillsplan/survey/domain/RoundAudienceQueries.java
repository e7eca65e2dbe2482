package uk.skillsplan.survey.domain;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads the published {@code round_audience} view, where the audience rule is written once. */
@Repository
public class RoundAudienceQueries {

    /** At most this many ids in one IN list. */
    private static final int CHUNK = 200;

    private final JdbcClient jdbc;

    RoundAudienceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean asks(long roundId, long organisationId) {
        return jdbc.sql("select count(*) from round_audience where round_id = :round and organisation_id = :organisation")
                .param("round", roundId).param("organisation", organisationId).query(Integer.class).single() > 0;
    }

    public Set<Long> askedAmong(long roundId, Collection<Long> organisationIds) {
        List<Long> ids = List.copyOf(organisationIds);
        Set<Long> asked = new HashSet<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            asked.addAll(jdbc.sql("select organisation_id from round_audience where round_id = :round "
                            + "and organisation_id in (:ids)")
                    .param("round", roundId).param("ids", ids.subList(from, Math.min(ids.size(), from + CHUNK)))
                    .query(Long.class).list());
        }
        return asked;
    }

    public List<Long> roundsAsking(long organisationId) {
        return jdbc.sql("select round_id from round_audience where organisation_id = :organisation")
                .param("organisation", organisationId).query(Long.class).list();
    }
}
