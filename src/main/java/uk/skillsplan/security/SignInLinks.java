package uk.skillsplan.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.security.domain.SignInLinkStore;

/**
 * Personal sign-in links: a long random token (256 bits), of which only a SHA-256 hash is stored;
 * used at most once, until it expires. Using one is a sign-in like any other - Spring Security's
 * one-time-token login posts it to {@link #SIGN_IN_PATH}, the account is checked as at the sign-in
 * page (deactivated, locked, organisation deactivated), the session id changes, the audit trail
 * records it and session revocation applies - see {@code signin.LinkTokens}.
 *
 * <p>Issuing is for other modules' services, which check their own callers (an ERB lead inviting
 * their area's round, the reminder job, a join request); it grants nothing until the person uses it.
 */
@Service
public class SignInLinks {

    /** Where the link's page posts the token (Spring Security's one-time-token login). */
    public static final String SIGN_IN_PATH = "/login/ott";
    public static final String TOKEN_PARAMETER = "token";
    /** The only targets a link may lead to: a path inside the app. */
    private static final Pattern TARGET = Pattern.compile("/[a-z0-9/-]{0,190}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SignInLinkStore store;
    private final Clock clock;

    SignInLinks(SignInLinkStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Issues a link in the caller's transaction and returns its token, which is nowhere else. */
    @Transactional
    public String issue(LinkRequest request) {
        if (!TARGET.matcher(request.target()).matches()) {
            throw new IllegalArgumentException("A link leads to a path inside the app, not " + request.target());
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        store.insert(hash(token), request, now, now.plus(request.validFor()));
        return token;
    }

    /** Whether a token is valid, expired, used or unknown, without using it; anyone may ask. */
    @Transactional(readOnly = true)
    public LinkCheck check(String token) {
        if (token == null || token.length() > 100) {
            return new LinkCheck(LinkCheck.State.UNKNOWN, null);
        }
        return store.find(hash(token))
                .map(link -> new LinkCheck(link.usedAt() != null ? LinkCheck.State.USED
                        : !link.expiresAt().isAfter(clock.instant()) ? LinkCheck.State.EXPIRED : LinkCheck.State.VALID,
                        link.reference()))
                .orElse(new LinkCheck(LinkCheck.State.UNKNOWN, null));
    }

    /** SHA-256 of the token, in hex: what the table keeps. */
    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fresh random token for other one-time uses (an opt-out link); store only its {@link #hash}. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
