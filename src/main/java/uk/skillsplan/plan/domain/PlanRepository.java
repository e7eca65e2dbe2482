package uk.skillsplan.plan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    @Query("select p from Plan p order by p.lsipCode, p.cycleStart desc, p.edition desc")
    List<Plan> findAllOrdered();

    @Query("select p from Plan p where p.lsipCode = ?1 order by p.cycleStart desc, p.edition desc")
    List<Plan> findByArea(String lsipCode);

    @Query("select coalesce(max(p.edition), 0) from Plan p where p.lsipCode = ?1 and p.cycleStart = ?2 and p.cycleEnd = ?3")
    int lastEdition(String lsipCode, int cycleStart, int cycleEnd);
}
