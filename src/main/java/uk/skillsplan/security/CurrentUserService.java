package uk.skillsplan.security;

import uk.skillsplan.security.signin.AccountPrincipal;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/** Who is signed in, for services that scope what they return to the caller's organisation or area. */
@Service
public class CurrentUserService {

    public Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    /** The signed-in user; refuses anonymous callers. */
    public CurrentUser require() {
        return current().orElseThrow(() -> new AccessDeniedException("Sign in to continue."));
    }
}
