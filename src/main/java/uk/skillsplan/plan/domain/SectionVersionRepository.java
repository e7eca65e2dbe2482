package uk.skillsplan.plan.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface SectionVersionRepository extends JpaRepository<SectionVersion, Long> {

    @Query("select v from SectionVersion v where v.sectionId = ?1 and v.versionNumber = ?2")
    Optional<SectionVersion> find(long sectionId, int number);

    @Query("select v from SectionVersion v where v.sectionId = ?1 order by v.versionNumber desc")
    List<SectionVersion> findBySectionNewestFirst(long sectionId);
}
