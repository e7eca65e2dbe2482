package uk.skillsplan.response.domain;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import uk.skillsplan.response.CollectionMode;

/**
 * Keeps the published {@code submitted_response} fact table: one row per submitted response, for
 * the revision that counts, with the place, sector and size the respondent reported in it. Where
 * the questionnaire did not ask, the directory's value at the time of submission is frozen instead.
 */
@Repository
public class SubmittedResponseFacts {

    /** One submitted revision to record; {@code null} place, sector or size means "not reported". */
    public record Fact(long responseId, int revision, long roundId, long organisationId, String lsipCode,
                       String ladCode, String sicSection, String sizeBand, CollectionMode mode,
                       java.time.Instant submittedAt) {
    }

    private static final int CHUNK = 200;

    private static final String INSERT = """
            insert into submitted_response (response_id, revision, round_id, organisation_id, organisation_kind, lsip_code,
                                            lad_code, sic_section, size_band, collection_mode, submitted_at)
            select ?, ?, ?, o.id, o.kind, ?, coalesce(?, o.lad_code), coalesce(?, o.sic_section),
                   coalesce(?, o.size_band), ?, ?
            from directory_organisation o where o.id = ?
            """;

    private final JdbcTemplate jdbc;

    SubmittedResponseFacts(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Records the facts, replacing any earlier row of the same responses. */
    public void record(List<Fact> facts) {
        for (int from = 0; from < facts.size(); from += CHUNK) {
            List<Fact> chunk = facts.subList(from, Math.min(facts.size(), from + CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.update("delete from submitted_response where response_id in (" + marks + ")",
                    chunk.stream().map(Fact::responseId).toArray());
        }
        List<Object[]> rows = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            rows.add(new Object[]{f.responseId(), f.revision(), f.roundId(), f.lsipCode(), f.ladCode(), f.sicSection(),
                    f.sizeBand(), f.mode().name(), Timestamp.from(f.submittedAt()), f.organisationId()});
        }
        for (int from = 0; from < rows.size(); from += 1000) {
            jdbc.batchUpdate(INSERT, rows.subList(from, Math.min(rows.size(), from + 1000)));
        }
    }

    /** Forgets responses that are deleted (their answers go with them). */
    public void forget(List<Long> responseIds) {
        for (int from = 0; from < responseIds.size(); from += CHUNK) {
            List<Long> chunk = responseIds.subList(from, Math.min(responseIds.size(), from + CHUNK));
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            jdbc.update("delete from submitted_response where response_id in (" + marks + ")", chunk.toArray());
        }
    }
}
