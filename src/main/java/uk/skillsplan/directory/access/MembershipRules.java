package uk.skillsplan.directory.access;

import uk.skillsplan.directory.OrganisationKind;
import uk.skillsplan.directory.OrganisationService;
import uk.skillsplan.directory.OrganisationSummary;
import java.util.Optional;
import org.springframework.stereotype.Component;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.security.OrganisationMembershipPolicy;
import uk.skillsplan.security.Role;

/** An account's role must match its organisation's kind: employers sign in for employers, and so on. */
@Component
class MembershipRules implements OrganisationMembershipPolicy {

    private final OrganisationService organisations;

    MembershipRules(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public Optional<String> problem(Role role, Long organisationId) {
        OrganisationSummary organisation;
        try {
            organisation = organisations.describe(organisationId);
        } catch (NotFoundException missing) {
            return Optional.of("Choose an existing organisation.");
        }
        if (!organisation.active()) {
            return Optional.of(organisation.name() + " is deactivated; reactivate it first or choose another organisation.");
        }
        if (role != Role.ADMIN && organisation.kind().role() != role) {
            return Optional.of("An account with the role \"" + role.label() + "\" must belong to an organisation of kind \""
                    + OrganisationKind.forRole(role).label() + "\"; " + organisation.name() + " is of kind \""
                    + organisation.kind().label() + "\". Choose another organisation or another role.");
        }
        return Optional.empty();
    }
}
