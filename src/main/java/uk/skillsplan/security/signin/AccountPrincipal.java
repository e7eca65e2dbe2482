package uk.skillsplan.security.signin;

import uk.skillsplan.security.CurrentUser;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * Spring Security's view of an account; kept in the HTTP session, so it holds no entity. It also
 * remembers the account's security version and when it was loaded for sign-in, which
 * {@link SessionRevocation} checks on every request.
 */
public final class AccountPrincipal implements UserDetails, Serializable {

    private final CurrentUser user;
    private final String passwordHash;
    private final boolean active;
    private final boolean locked;
    private final int securityVersion;
    private final Instant signedInAt;

    public AccountPrincipal(CurrentUser user, String passwordHash, boolean active, boolean locked, int securityVersion,
                     Instant signedInAt) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.active = active;
        this.locked = locked;
        this.securityVersion = securityVersion;
        this.signedInAt = signedInAt;
    }

    public CurrentUser user() {
        return user;
    }

    int securityVersion() {
        return securityVersion;
    }

    Instant signedInAt() {
        return signedInAt;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    @Override
    public String toString() {
        return user.username();
    }
}
