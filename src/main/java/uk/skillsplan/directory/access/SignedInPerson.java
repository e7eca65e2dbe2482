package uk.skillsplan.directory.access;

import uk.skillsplan.directory.OrganisationService;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.skillsplan.base.SignedInUser;
import uk.skillsplan.base.SignedInUserProvider;
import uk.skillsplan.security.CurrentUserService;

/** Tells the main layout the signed-in person's name, role and organisation. */
@Component
class SignedInPerson implements SignedInUserProvider {

    private final CurrentUserService currentUser;
    private final OrganisationService organisations;

    SignedInPerson(CurrentUserService currentUser, OrganisationService organisations) {
        this.currentUser = currentUser;
        this.organisations = organisations;
    }

    @Override
    public Optional<SignedInUser> signedInUser() {
        return currentUser.current().map(user -> new SignedInUser(user.displayName(), user.role().label(),
                user.organisationId() == null ? null : organisations.describe(user.organisationId()).name()));
    }
}
