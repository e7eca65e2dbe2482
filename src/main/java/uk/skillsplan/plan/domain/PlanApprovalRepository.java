package uk.skillsplan.plan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanApprovalRepository extends JpaRepository<PlanApproval, Long> {

    @Query("select a from PlanApproval a where a.planId = ?1 order by a.approvedAt, a.id")
    List<PlanApproval> findByPlan(long planId);

    @Query("select a from PlanApproval a where a.planId = ?1 and a.resetAt is null")
    List<PlanApproval> findStanding(long planId);
}
