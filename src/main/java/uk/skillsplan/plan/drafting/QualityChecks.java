package uk.skillsplan.plan.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.skillsplan.plan.QualityProblem;
import uk.skillsplan.plan.SectionKind;
import uk.skillsplan.plan.SectionText;

/**
 * The checks before review (issue 10, point 4), on the plan's current texts: sections the guidance
 * expects that are empty, too few priorities or priorities without evidence, figures on fewer than
 * 30 responses, a main body over about 30 pages, and long sentences.
 */
public final class QualityChecks {

    /** About 500 words to a page of plain text with headings and tables. */
    public static final int WORDS_PER_PAGE = 500;
    public static final int MAX_PAGES = 30;
    /** Plain-English guidance: sentences over about 35 words are hard to follow. */
    public static final int LONG_SENTENCE_WORDS = 35;

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n\\s*\\n|\\n(?=[#|>*-]|\\d+\\.)");
    private static final Pattern MARKUP = Pattern.compile("\\]\\([^)]*\\)|[\\[\\]#*_|>`]");

    /** What a figure link of the plan says about its base. */
    public record LinkedFigure(long sectionId, String words, int base, boolean caution) {
    }

    private QualityChecks() {
    }

    public static List<QualityProblem> check(List<SectionText> sections, int priorities, List<LinkedFigure> figures) {
        List<QualityProblem> problems = new ArrayList<>();
        int words = 0;
        for (SectionText section : sections) {
            if (section.empty()) {
                problems.add(new QualityProblem("Missing section", "\"" + section.title() + "\" is empty; the guidance "
                        + "expects it.", section.sectionId(), section.title()));
                continue;
            }
            String plain = MARKUP.matcher(section.body()).replaceAll(" ");
            if (!section.kind().annex()) {
                words += count(plain);
            }
            for (String sentence : SENTENCE_END.split(plain)) {
                int length = count(sentence);
                if (length > LONG_SENTENCE_WORDS && !sentence.contains("---")) {
                    String start = sentence.strip();
                    problems.add(new QualityProblem("Long sentence", "A sentence of " + length + " words (over "
                            + LONG_SENTENCE_WORDS + "): \"" + (start.length() > 80 ? start.substring(0, 80) + "..." : start)
                            + "\". Split it.", section.sectionId(), section.title()));
                }
            }
        }
        if (priorities == 0) {
            problems.add(new QualityProblem("Priorities without evidence", "No priority rests on the evidence yet: "
                    + "generate the draft, or add evidence.", sectionOf(sections, SectionKind.SKILL_NEEDS), title(sections, SectionKind.SKILL_NEEDS)));
        } else if (priorities < 4) {
            problems.add(new QualityProblem("Too few priorities", "The evidence supports " + priorities + " priorities; "
                    + "the guidance asks for 4 to 6.", sectionOf(sections, SectionKind.SKILL_NEEDS), title(sections, SectionKind.SKILL_NEEDS)));
        }
        for (LinkedFigure figure : figures) {
            if (figure.caution() || figure.base() < 30) {
                SectionText section = sections.stream().filter(s -> s.sectionId() == figure.sectionId()).findFirst().orElse(null);
                if (section != null && section.body().contains(figure.words().split(" \\(base")[0])) {
                    problems.add(new QualityProblem("Figure on few responses", "\"" + figure.words() + "\" rests on fewer "
                            + "than 30 responses: keep the caution in the text, or leave it out.", section.sectionId(), section.title()));
                }
            }
        }
        int pages = (words + WORDS_PER_PAGE - 1) / WORDS_PER_PAGE;
        if (pages > MAX_PAGES) {
            problems.add(new QualityProblem("Main body too long", "The main body is about " + pages + " pages (" + words
                    + " words); the guidance asks for about " + MAX_PAGES + " at most. Move detail to the annexes.", null, null));
        }
        return problems;
    }

    private static int count(String text) {
        String stripped = text.strip();
        return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
    }

    private static Long sectionOf(List<SectionText> sections, SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).map(SectionText::sectionId).findFirst().orElse(null);
    }

    private static String title(List<SectionText> sections, SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).map(SectionText::title).findFirst().orElse(null);
    }
}
