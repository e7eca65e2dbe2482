package uk.skillsplan.security.domain;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByDemoTrue();

    boolean existsByRoleAndActiveTrue(uk.skillsplan.security.Role role);

    /** One primary-key lookup, made on every request of a signed-in session. */
    @Query("select new uk.skillsplan.security.domain.AccessState(a.active, a.securityVersion) from UserAccount a"
            + " where a.id = :id")
    Optional<AccessState> findAccessState(long id);

    /**
     * Moves the security version of every account of an organisation on. The optimistic-locking
     * version moves too, so that an edit of one of these accounts begun before this cannot write
     * the old security version back.
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount a set a.securityVersion = a.securityVersion + 1, a.version = a.version + 1"
            + " where a.organisationId = :organisationId")
    int moveSecurityVersionOfOrganisation(long organisationId);
}
