package uk.skillsplan.plan.collaboration;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A readable difference between two texts, word by word (java-diff-utils' Myers diff over words,
 * with spaces, line breaks and punctuation as their own tokens), as parts that are kept, removed or added.
 */
public final class TextDiff {

    /** A word (letters, digits, apostrophes, hyphens), a run of spaces, one line break, or one other character. */
    private static final Pattern TOKEN = Pattern.compile("\\n|[ \\t]+|[\\p{L}\\p{N}'\u2019-]+|[^\\s\\p{L}\\p{N}]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    public enum Change { SAME, REMOVED, ADDED }

    /** One run of text that is the same in both, only in the old one, or only in the new one. */
    public record Part(Change change, String text) {
    }

    private TextDiff() {
    }

    public static List<Part> words(String before, String after) {
        List<String> old = tokens(before);
        List<String> now = tokens(after);
        Patch<String> patch = DiffUtils.diff(old, now);
        List<Part> parts = new ArrayList<>();
        int position = 0;
        for (AbstractDelta<String> delta : patch.getDeltas()) {
            int start = delta.getSource().getPosition();
            add(parts, Change.SAME, old.subList(position, start));
            add(parts, Change.REMOVED, delta.getSource().getLines());
            add(parts, Change.ADDED, delta.getTarget().getLines());
            position = start + delta.getSource().size();
        }
        add(parts, Change.SAME, old.subList(position, old.size()));
        return parts;
    }

    /** Whether the two texts differ at all. */
    public static boolean changed(List<Part> parts) {
        return parts.stream().anyMatch(part -> part.change() != Change.SAME);
    }

    /** "3 words added, 2 removed": a plain summary for screen readers and lists. */
    public static String summary(List<Part> parts) {
        long added = countWords(parts, Change.ADDED);
        long removed = countWords(parts, Change.REMOVED);
        if (added == 0 && removed == 0) {
            return "No difference in the words (spacing or line breaks only, or none at all).";
        }
        return added + (added == 1 ? " word" : " words") + " added, " + removed + " removed.";
    }

    private static long countWords(List<Part> parts, Change change) {
        return parts.stream().filter(p -> p.change() == change)
                .mapToLong(p -> tokens(p.text()).stream().filter(t -> WORD.matcher(t).find()).count()).sum();
    }

    private static void add(List<Part> parts, Change change, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!parts.isEmpty() && parts.getLast().change() == change) {
            parts.set(parts.size() - 1, new Part(change, parts.getLast().text() + text));
        } else {
            parts.add(new Part(change, text));
        }
    }

    static List<String> tokens(String text) {
        List<String> tokens = new ArrayList<>();
        if (text == null) {
            return tokens;
        }
        Matcher matcher = TOKEN.matcher(text.replace("\r\n", "\n"));
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        return tokens;
    }
}
