package uk.skillsplan.security;

import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.security.domain.UserAccount;
import uk.skillsplan.security.domain.UserAccountRepository;

/** Loads accounts for sign-in; a locked account is reported as such so that Spring refuses it. */
@Service
class AccountUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username == null ? "" : username.trim().toLowerCase(Locale.ROOT))
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        CurrentUser user = new CurrentUser(account.getId(), account.getUsername(), account.getDisplayName(),
                account.getRole(), account.getOrganisationId());
        return new AccountPrincipal(user, account.getPasswordHash(), account.isActive(), account.isLocked(clock.instant()));
    }
}
