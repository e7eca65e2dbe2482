package uk.skillsplan.plan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanEventRepository extends JpaRepository<PlanEvent, Long> {

    @Query("select e from PlanEvent e where e.planId = ?1 order by e.happenedAt desc, e.id desc")
    List<PlanEvent> findByPlanNewestFirst(long planId);
}
