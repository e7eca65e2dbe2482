package uk.skillsplan.directory.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface OrganisationRepository extends JpaRepository<Organisation, Long>, JpaSpecificationExecutor<Organisation> {

    @EntityGraph(attributePaths = {"localAuthority", "localAuthority.area"})
    List<Organisation> findByIdIn(Collection<Long> ids);

    @Query("select o.localAuthority.area.code from Organisation o where o.id = :id")
    String findAreaCode(long id);

    @Query("select o.name from Organisation o where o.id = :id")
    Optional<String> findNameById(long id);

    boolean existsByName(String name);
}
