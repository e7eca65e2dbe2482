package uk.skillsplan.response.domain;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import uk.skillsplan.response.ResponseStatus;

public interface ResponseRepository extends JpaRepository<Response, Long> {

    Optional<Response> findByRoundIdAndOrganisationId(long roundId, long organisationId);

    /**
     * Records who changed the response last. A bulk update on purpose: several people of one
     * organisation may save different questions at the same moment, and none of them should fail
     * on the response row's optimistic lock for it.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Response r set r.lastEditedBy = :userId, r.lastEditedByName = :name, r.lastEditedAt = :at, "
            + "r.status = case when r.status = :submitted then :amending else r.status end where r.id = :id")
    void touch(long id, Long userId, String name, Instant at, ResponseStatus submitted, ResponseStatus amending);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update Response r set r.currentSection = :section where r.id = :id")
    void moveTo(long id, String section);
}
