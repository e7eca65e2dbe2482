package uk.skillsplan.base;

import java.util.Optional;

/**
 * Tells the shared layout who is signed in. Implemented by a module that knows both accounts and
 * organisations, so that {@code base} depends on neither.
 */
public interface SignedInUserProvider {

    Optional<SignedInUser> signedInUser();
}
