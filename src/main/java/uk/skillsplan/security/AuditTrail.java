package uk.skillsplan.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.skillsplan.security.domain.AuditStore;

/**
 * The audit trail: sign-ins and failures, lockouts, changes to accounts, roles and organisations,
 * exports, imports and answers entered on an organisation's behalf - who, what, when and from which
 * address - kept in an append-only table. Administrators browse all of it; an ERB lead their
 * area's entries.
 */
@Service
public class AuditTrail {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    private final AuditStore store;
    private final CurrentUserService currentUser;
    private final ObjectProvider<AuditAreaScope> areaScope;
    private final Clock clock;

    AuditTrail(AuditStore store, CurrentUserService currentUser, ObjectProvider<AuditAreaScope> areaScope, Clock clock) {
        this.store = store;
        this.currentUser = currentUser;
        this.areaScope = areaScope;
        this.clock = clock;
    }

    /**
     * Records what the signed-in person (or the system) just did. In a transaction of its own, so that
     * a read-only caller (an export) can record, and an entry is kept even if the caller's work fails later.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditAction action, String subject, String lsipCode, String detail) {
        CurrentUser me = currentUser.current().orElse(null);
        store.append(clock.instant(), me == null || me.userId() == 0 ? null : me.userId(),
                me == null ? "(not signed in)" : me.displayName() + " (" + me.username() + ")", action, subject, lsipCode,
                detail, remoteAddress());
    }

    /** Records a sign-in event, where the person is known only by the name they typed. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSignIn(AuditAction action, Long userId, String username, String detail) {
        store.append(clock.instant(), userId, username, action, username, null, detail, remoteAddress());
    }

    @ErbLeadOrAdmin
    @Transactional(readOnly = true)
    public List<AuditEntry> search(AuditQuery query, int offset, int limit) {
        return store.find(filter(query), offset, limit);
    }

    @ErbLeadOrAdmin
    @Transactional(readOnly = true)
    public int count(AuditQuery query) {
        return store.count(filter(query));
    }

    /** Administrators see everything; an ERB lead only the entries of their own area. */
    private AuditStore.Filter filter(AuditQuery query) {
        CurrentUser me = currentUser.require();
        String area = null;
        if (!me.is(Role.ADMIN)) {
            AuditAreaScope scope = areaScope.getIfAvailable();
            area = scope == null ? null : scope.areaOfCaller().orElse(null);
            if (area == null) {
                throw new AccessDeniedException("Your account has no LSIP area, so there is no audit trail to show.");
            }
        }
        return new AuditStore.Filter(area, query.action(), query.text(),
                query.from() == null ? null : query.from().atStartOfDay(UK).toInstant(),
                query.to() == null ? null : query.to().plusDays(1).atStartOfDay(UK).toInstant());
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }

    /** Today in the UK, for date filters' defaults. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(UK));
    }
}
