package uk.skillsplan.plan.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanProgressReportRepository extends JpaRepository<PlanProgressReport, Long> {

    @Query("select r from PlanProgressReport r where r.planId = ?1 order by r.reportYear desc")
    List<PlanProgressReport> findByPlan(long planId);

    @Query("select r from PlanProgressReport r where r.planId = ?1 and r.reportYear = ?2")
    Optional<PlanProgressReport> find(long planId, int year);
}
