package uk.skillsplan.plan.collaboration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.skillsplan.plan.collaboration.TextDiff.Change;
import uk.skillsplan.plan.collaboration.TextDiff.Part;

class TextDiffTest {

    @Test
    void a_changed_word_is_shown_removed_then_added_between_the_words_kept() {
        assertThat(TextDiff.words("The quick brown fox", "The quick red fox")).containsExactly(
                new Part(Change.SAME, "The quick "), new Part(Change.REMOVED, "brown"), new Part(Change.ADDED, "red"),
                new Part(Change.SAME, " fox"));
    }

    @Test
    void added_lines_and_removed_words_keep_their_line_breaks() {
        assertThat(TextDiff.words("Line one.\nLine two.", "Line one.\nLine two.\nLine three."))
                .containsExactly(new Part(Change.SAME, "Line one.\nLine two."), new Part(Change.ADDED, "\nLine three."));
        assertThat(TextDiff.words("Welders, fitters and carers.", "Welders and carers.")).containsExactly(
                new Part(Change.SAME, "Welders"), new Part(Change.REMOVED, ","), new Part(Change.SAME, " "),
                new Part(Change.REMOVED, "fitters "), new Part(Change.SAME, "and carers."));
    }

    @Test
    void the_same_text_has_no_change_and_empty_to_text_is_all_added() {
        assertThat(TextDiff.changed(TextDiff.words("Same words.", "Same words."))).isFalse();
        assertThat(TextDiff.words("", "New text")).containsExactly(new Part(Change.ADDED, "New text"));
        assertThat(TextDiff.summary(TextDiff.words("a b c", "a x c d"))).isEqualTo("2 words added, 1 removed.");
    }
}
