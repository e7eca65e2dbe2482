package uk.skillsplan.plan.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EvidenceLinkRepository extends JpaRepository<EvidenceLink, Long> {

    @Query("select l from EvidenceLink l where l.planId = ?1 order by l.id")
    List<EvidenceLink> findByPlan(long planId);
}
