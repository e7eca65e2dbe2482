package uk.skillsplan.plan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanActionNoteRepository extends JpaRepository<PlanActionNote, Long> {

    @Query("select n from PlanActionNote n where n.actionId = ?1 order by n.notedOn desc, n.id desc")
    List<PlanActionNote> findByAction(long actionId);

    @Query("select n from PlanActionNote n where n.actionId in ?1 order by n.notedOn desc, n.id desc")
    List<PlanActionNote> findByActions(java.util.Collection<Long> actionIds);
}
