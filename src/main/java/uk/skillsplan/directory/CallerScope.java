package uk.skillsplan.directory;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import uk.skillsplan.directory.domain.OrganisationRepository;
import uk.skillsplan.security.CurrentUser;
import uk.skillsplan.security.CurrentUserService;

/**
 * The caller's scope, in one place: the signed-in person with their organisation's area. The area
 * is read from the directory on each call, so a moved organisation moves its people's scope too.
 */
@Component
public class CallerScope {

    private final CurrentUserService currentUser;
    private final OrganisationRepository organisations;

    CallerScope(CurrentUserService currentUser, OrganisationRepository organisations) {
        this.currentUser = currentUser;
        this.organisations = organisations;
    }

    /** The signed-in caller; refuses anonymous callers. */
    public Caller require() {
        return current().orElseThrow(() -> new AccessDeniedException("Sign in to continue."));
    }

    public Optional<Caller> current() {
        return currentUser.current().map(this::scopeOf);
    }

    /** The caller's LSIP area; refuses callers without one (administrators have none of their own). */
    public String requireArea() {
        Caller me = require();
        if (me.lsipCode() == null) {
            throw new AccessDeniedException("Your account belongs to no organisation, so it has no LSIP area.");
        }
        return me.lsipCode();
    }

    private Caller scopeOf(CurrentUser user) {
        String area = user.organisationId() == null ? null : organisations.findAreaCode(user.organisationId());
        return new Caller(user.userId(), user.displayName(), user.role(), user.organisationId(), area);
    }
}
