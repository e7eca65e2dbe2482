package uk.skillsplan.plan.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import uk.skillsplan.plan.SectionKind;

public interface PlanSectionRepository extends JpaRepository<PlanSection, Long> {

    @Query("select s from PlanSection s where s.planId = ?1 order by s.sortOrder")
    List<PlanSection> findByPlan(long planId);

    @Query("select s from PlanSection s where s.planId = ?1 and s.kind = ?2")
    Optional<PlanSection> findByPlanAndKind(long planId, SectionKind kind);
}
