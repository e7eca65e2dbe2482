package uk.skillsplan.security.signin;

import uk.skillsplan.security.CurrentUser;
import uk.skillsplan.security.OrganisationMembershipPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.security.domain.UserAccount;
import uk.skillsplan.security.domain.UserAccountRepository;

/**
 * Loads accounts for sign-in; a locked account is reported as such, and a deactivated one (or one
 * whose organisation is deactivated) as disabled, so that Spring refuses it.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final ObjectProvider<OrganisationMembershipPolicy> membershipPolicy;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository accounts, ObjectProvider<OrganisationMembershipPolicy> membershipPolicy,
                              Clock clock) {
        this.accounts = accounts;
        this.membershipPolicy = membershipPolicy;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username == null ? "" : username.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        CurrentUser user = new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRole(), account.getOrganisationId());
        Instant now = clock.instant();
        return new AccountPrincipal(user, account.getPasswordHash(), account.isActive() && organisationAllows(account),
                account.isLocked(now), account.getSecurityVersion(), now);
    }

    /** A member of a deactivated organisation (or one whose kind no longer fits the role) may not sign in. */
    private boolean organisationAllows(UserAccount account) {
        OrganisationMembershipPolicy policy = membershipPolicy.getIfAvailable();
        return account.getOrganisationId() == null || policy == null
                || policy.problem(account.getRole(), account.getOrganisationId()).isEmpty();
    }
}
