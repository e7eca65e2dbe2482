package uk.skillsplan.security;

import uk.skillsplan.security.signin.AccountPrincipal;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs start-up work (loading the national questionnaires, demo data, benchmarks) as the system
 * administrator, so that it passes through the same service checks as everything else instead of
 * using unchecked back doors.
 */
public final class SystemAuthentication {

    /** The system pseudo-account; it cannot sign in (there is no such row in user_account). */
    public static final CurrentUser SYSTEM = new CurrentUser(0L, "system", "SkillsPlan", Role.ADMIN, null);

    private SystemAuthentication() {
    }

    public static <T> T runAsSystem(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        // Never in an HTTP session; if it were, SessionRevocation would end it (no account, signed in long ago).
        AccountPrincipal principal = new AccountPrincipal(SYSTEM, "", true, false, 0, Instant.EPOCH);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                List.of(new SimpleGrantedAuthority(Role.ADMIN.authority()))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAsSystem(Runnable work) {
        runAsSystem(() -> {
            work.run();
            return null;
        });
    }
}
