package uk.skillsplan.plan.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanResponseRepository extends JpaRepository<PlanResponse, Long> {

    @Query("select r from PlanResponse r where r.planId = ?1 order by r.sicSection, r.organisationKind desc, r.organisationName")
    List<PlanResponse> findByPlan(long planId);

    @Query("select r from PlanResponse r where r.planId = ?1 and r.sicSection = ?2 and r.organisationId = ?3")
    Optional<PlanResponse> find(long planId, String sicSection, long organisationId);
}
