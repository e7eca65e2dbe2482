package uk.skillsplan.plan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PlanPriorityRepository extends JpaRepository<PlanPriority, Long> {

    @Query("select p from PlanPriority p where p.planId = ?1 order by p.priorityRank")
    List<PlanPriority> findByPlan(long planId);

    @Modifying
    @Query("delete from PlanPriority p where p.planId = ?1")
    void deleteByPlan(long planId);
}
