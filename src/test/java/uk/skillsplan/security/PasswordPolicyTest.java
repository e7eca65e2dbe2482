package uk.skillsplan.security;

import uk.skillsplan.security.account.PasswordPolicy;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"Quiet-Harbour-42", "correct horse 7 battery", "Tr0ubadour&3x", "Lantern-Maple-9"})
    void long_mixed_and_uncommon_passwords_are_accepted(String password) {
        assertThat(PasswordPolicy.problem(password, "priya.shah")).isEmpty();
    }

    @Test
    void a_missing_password_is_too_short() {
        assertThat(PasswordPolicy.problem(null, "priya")).contains("Use at least 12 characters.");
    }

    @Test
    void twelve_characters_is_the_minimum() {
        assertThat(PasswordPolicy.problem("Harbour-42x", null)).contains("Use at least 12 characters.");
        assertThat(PasswordPolicy.problem("Harbour-42xy", null)).isEmpty();
    }

    @Test
    void more_than_72_bytes_is_too_long_because_bcrypt_would_ignore_the_rest() {
        String allowed = "Harbour-42".repeat(7) + "Ha";
        assertThat(allowed).hasSize(72);

        assertThat(PasswordPolicy.problem(allowed, null)).isEmpty();
        assertThat(PasswordPolicy.problem(allowed + "x", null)).hasValueSatisfying(
                message -> assertThat(message).startsWith("Use at most 72 characters"));
    }

    @Test
    void characters_beyond_english_count_by_their_bytes() {
        // 54 characters, but "é" is 2 bytes and the emoji 4 in UTF-8: 80 bytes in all.
        String accented = "Café-Harbour-9-".repeat(2) + "\uD83C\uDF0A\uD83C\uDF0A" + "é".repeat(20);
        assertThat(accented.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isGreaterThan(72);
        assertThat(accented.length()).isLessThan(72);

        assertThat(PasswordPolicy.problem(accented, null)).hasValueSatisfying(
                message -> assertThat(message).contains("accented letters, emoji"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"quietharbourlights", "123456789012345", "-------!!!!!!!"})
    void letters_alone_or_no_letters_at_all_are_refused(String password) {
        assertThat(PasswordPolicy.problem(password, null)).contains("Mix letters with digits or symbols.");
    }

    @ParameterizedTest
    @CsvSource({"priya.shah, Priya.Shah-2026!", "erb, my-ERB-lantern-9"})
    void a_password_containing_the_username_is_refused_whatever_the_case(String username, String password) {
        assertThat(PasswordPolicy.problem(password, username)).contains("Do not include the username in the password.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"MyPassword-2026", "Welcome-to-Leeds-1", "letmein-please-9", "SkillsPlan-2026!"})
    void passwords_built_on_common_words_are_refused(String password) {
        assertThat(PasswordPolicy.problem(password, "someone")).hasValueSatisfying(
                message -> assertThat(message).startsWith("Avoid common words such as \"password\""));
    }

    @Test
    void a_password_of_very_few_different_characters_is_refused() {
        assertThat(PasswordPolicy.problem("abababababab1", null)).contains("Use more different characters.");
    }
}
