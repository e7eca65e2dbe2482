package uk.skillsplan.directory.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface LocalAuthorityRepository extends JpaRepository<LocalAuthorityEntry, String> {

    @Query("select la from LocalAuthorityEntry la join fetch la.area order by la.name")
    List<LocalAuthorityEntry> findAllWithArea();
}
