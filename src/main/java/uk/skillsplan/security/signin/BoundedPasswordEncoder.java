package uk.skillsplan.security.signin;

import java.nio.charset.StandardCharsets;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Bcrypt reads only the first 72 bytes of a password (and recent Spring versions throw on longer
 * ones). The password policy refuses such passwords when they are set; at sign-in a longer one
 * simply does not match - after a match of the same cost, so that the answer takes as long as any other.
 */
final class BoundedPasswordEncoder implements PasswordEncoder {

    static final int MAX_BYTES = 72;

    private final PasswordEncoder delegate;

    BoundedPasswordEncoder(PasswordEncoder delegate) {
        this.delegate = delegate;
    }

    static boolean tooLong(CharSequence password) {
        return password != null && password.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }

    @Override
    public String encode(CharSequence rawPassword) {
        if (tooLong(rawPassword)) {
            throw new IllegalArgumentException("A password may have at most " + MAX_BYTES + " bytes.");
        }
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (tooLong(rawPassword)) {
            delegate.matches("", encodedPassword);
            return false;
        }
        return delegate.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }
}
