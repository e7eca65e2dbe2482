package uk.skillsplan.security.signin;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs right after the security context is loaded from the session: a session that
 * {@link SessionRevocation} says must end is invalidated and the request goes on unauthenticated.
 * A page request is then sent to the sign-in page; a Vaadin request (a click, a heartbeat) finds
 * its session gone, and Vaadin's client reloads the page, which is sent to the sign-in page.
 *
 * <p>Not a Spring bean on purpose: Spring Boot would also register a bean filter for every request,
 * outside the security chain.
 */
final class SessionRevocationFilter extends OncePerRequestFilter {

    /** When the person last made a request in this session (heartbeats excluded). */
    static final String LAST_ACTIVE = SessionRevocationFilter.class.getName() + ".lastActive";

    private static final Logger log = LoggerFactory.getLogger(SessionRevocationFilter.class);

    private final SessionRevocation revocation;

    SessionRevocationFilter(SessionRevocation revocation) {
        this.revocation = revocation;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        // Looked up per request: Vaadin installs its own strategy after this filter is made.
        SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
        HttpSession session = request.getSession(false);
        Authentication authentication = contexts.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            Instant now = revocation.now();
            Optional<String> reason = revocation.reasonToEnd(principal, lastActive(session), now);
            if (reason.isPresent()) {
                log.info("Ended the session of {}: {}", principal.getUsername(), reason.get());
                invalidate(session);
                contexts.clearContext();
            } else if (!isHeartbeat(request)) {
                session.setAttribute(LAST_ACTIVE, now);
            }
        }
        chain.doFilter(request, response);
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // Another request of the same session (a second tab) ended it a moment ago.
        }
    }

    private static Instant lastActive(HttpSession session) {
        return session.getAttribute(LAST_ACTIVE) instanceof Instant instant ? instant : null;
    }

    /** Vaadin's keep-alive ({@code ?v-r=heartbeat}) is sent by an open tab on its own, so it is no sign of a person. */
    private static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && ("&" + query + "&").contains("&v-r=heartbeat&");
    }
}
