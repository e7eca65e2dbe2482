package uk.skillsplan.plan.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanWorkingDraftRepository extends JpaRepository<PlanWorkingDraft, Long> {

    @Query("select d from PlanWorkingDraft d where d.sectionId = ?1 and d.userId = ?2")
    Optional<PlanWorkingDraft> find(long sectionId, long userId);
}
