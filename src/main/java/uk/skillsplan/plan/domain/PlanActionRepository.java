package uk.skillsplan.plan.domain;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import uk.skillsplan.plan.ActionStatus;

public interface PlanActionRepository extends JpaRepository<PlanAction, Long>, JpaSpecificationExecutor<PlanAction> {

    @Query("select a from PlanAction a where a.planId = ?1 order by a.dueDate, a.id")
    List<PlanAction> findByPlan(long planId);

    @Query("select distinct new uk.skillsplan.plan.ActionOwner(a.ownerId, a.ownerName) from PlanAction a "
            + "where a.planId = ?1 order by a.ownerName")
    List<uk.skillsplan.plan.ActionOwner> findOwners(long planId);

    /** Actions of an organisation not done and due on or before the day given (due soon or overdue). */
    @Query("select a from PlanAction a where a.ownerId = ?1 and a.status <> ?3 and a.dueDate <= ?2 order by a.dueDate, a.id")
    List<PlanAction> findDueBy(long ownerId, LocalDate day, ActionStatus done);
}
