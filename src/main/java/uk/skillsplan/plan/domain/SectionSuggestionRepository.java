package uk.skillsplan.plan.domain;

import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SectionSuggestionRepository extends JpaRepository<SectionSuggestion, Long> {

    @Query("select s from SectionSuggestion s where s.sectionId = ?1 and s.status = 'OPEN' order by s.createdAt, s.id")
    List<SectionSuggestion> findOpen(long sectionId);

    @Query("select s from SectionSuggestion s where s.sectionId = ?1 and s.status <> 'OPEN' order by s.decidedAt desc, s.id desc")
    List<SectionSuggestion> findDecided(long sectionId, Pageable page);

    @Query("select s from SectionSuggestion s where s.sectionId in ?1 and s.status = 'OPEN' order by s.createdAt, s.id")
    List<SectionSuggestion> findOpenOn(Collection<Long> sectionIds);

    @Query("select s.sectionId, count(s) from SectionSuggestion s where s.planId = ?1 and s.status = 'OPEN' group by s.sectionId")
    List<Object[]> countOpenByPlan(long planId);
}
