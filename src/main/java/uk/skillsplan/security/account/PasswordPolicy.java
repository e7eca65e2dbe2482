package uk.skillsplan.security.account;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** What makes a password acceptable; the message says how to fix a weak one. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** Bcrypt reads only the first 72 bytes: a longer password would be cut short without a word. */
    public static final int MAX_BYTES = 72;

    private static final Set<String> COMMON = Set.of("password", "passw0rd", "123456", "qwerty", "letmein",
            "welcome", "changeme", "skillsplan", "iloveyou", "admin");

    private PasswordPolicy() {
    }

    /** Empty if the password is acceptable, otherwise what is wrong with it. */
    public static Optional<String> problem(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most " + MAX_BYTES + " characters (fewer with accented letters, emoji or"
                    + " other non-English characters, which count as 2 to 4 each).");
        }
        boolean letter = password.chars().anyMatch(Character::isLetter);
        boolean other = password.chars().anyMatch(c -> !Character.isLetter(c));
        if (!letter || !other) {
            return Optional.of("Mix letters with digits or symbols.");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
            return Optional.of("Do not include the username in the password.");
        }
        if (COMMON.stream().anyMatch(lower::contains)) {
            return Optional.of("Avoid common words such as \"password\"; a short phrase is easier to remember and harder to guess.");
        }
        if (password.chars().distinct().count() < 5) {
            return Optional.of("Use more different characters.");
        }
        return Optional.empty();
    }
}
