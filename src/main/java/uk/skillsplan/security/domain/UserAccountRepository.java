package uk.skillsplan.security.domain;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long>, JpaSpecificationExecutor<UserAccount> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    Optional<UserAccount> findFirstByEmailIgnoreCaseAndOrganisationIdOrderById(String email, Long organisationId);

    boolean existsByDemoTrue();

    boolean existsByOrganisationId(Long organisationId);

    boolean existsByRoleAndActiveTrue(uk.skillsplan.security.Role role);

    /**
     * Counts one failed sign-in in a single statement, so that parallel attempts are each counted
     * exactly once (the database serialises updates of one row). A failure after the last one has
     * expired ({@code last_failed_at} at or before {@code countSince}) starts a new count; reaching
     * {@code maxAttempts} locks the account until {@code lockUntil}. A locked account is left alone,
     * so failures while locked neither count nor extend the lock. The SET expressions read the
     * row's values from before the update.
     *
     * @return 1 if the failure was counted, 0 if there is no such account or it is locked
     */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update user_account set
                failed_attempts = case when last_failed_at is null or last_failed_at <= :countSince
                                       then 1 else failed_attempts + 1 end,
                locked_until = case when (case when last_failed_at is null or last_failed_at <= :countSince
                                               then 1 else failed_attempts + 1 end) >= :maxAttempts
                                    then cast(:lockUntil as timestamp with time zone) else null end,
                last_failed_at = :now
            where username = :username and (locked_until is null or locked_until <= :now)
            """, nativeQuery = true)
    int countFailedSignIn(@Param("username") String username, @Param("now") Instant now,
                          @Param("countSince") Instant countSince, @Param("maxAttempts") int maxAttempts,
                          @Param("lockUntil") Instant lockUntil);

    /** A successful sign-in clears the failures and remembers when it happened. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query(value = """
            update user_account set failed_attempts = 0, locked_until = null, last_failed_at = null,
                                    last_login_at = :now
            where id = :id
            """, nativeQuery = true)
    int recordSuccessfulSignIn(@Param("id") long id, @Param("now") Instant now);

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

    /** Moves every account of one organisation to another (a merge of duplicates); their sessions end. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount a set a.organisationId = :to, a.securityVersion = a.securityVersion + 1,"
            + " a.version = a.version + 1 where a.organisationId = :from")
    int moveOrganisation(long from, long to);
}
