package uk.skillsplan.plan.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.skillsplan.plan.QualityProblem;
import uk.skillsplan.plan.SectionKind;
import uk.skillsplan.plan.SectionText;

class QualityChecksTest {

    private static List<SectionText> plan(String body) {
        List<SectionText> sections = new ArrayList<>();
        for (SectionKind kind : SectionKind.values()) {
            sections.add(new SectionText(kind.ordinal() + 10, 1, kind, kind.title(), 1, body, "edited", "Jo", null));
        }
        return sections;
    }

    @Test
    void a_written_plan_with_enough_priorities_passes() {
        assertThat(QualityChecks.check(plan("Short and clear. Another sentence."), 5, List.of())).isEmpty();
    }

    @Test
    void an_empty_section_is_named_with_a_link_to_it() {
        List<SectionText> sections = plan("Fine.");
        sections.set(6, new SectionText(16, 1, SectionKind.STAKEHOLDER_ENGAGEMENT, "Stakeholder engagement", 0, "", "", null, null));

        List<QualityProblem> problems = QualityChecks.check(sections, 5, List.of());

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.check()).isEqualTo("Missing section");
            assertThat(p.sectionId()).isEqualTo(16L);
        });
    }

    @Test
    void too_few_or_no_priorities_point_to_the_skill_needs_section() {
        assertThat(QualityChecks.check(plan("Fine."), 0, List.of())).extracting(QualityProblem::check, QualityProblem::sectionId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Priorities without evidence", 12L));
        assertThat(QualityChecks.check(plan("Fine."), 2, List.of())).extracting(QualityProblem::check)
                .containsExactly("Too few priorities");
    }

    @Test
    void a_figure_on_fewer_than_30_responses_still_in_the_text_is_flagged() {
        String words = "45% of responding establishments (base: 10 employers; treat with caution, fewer than 30 responses)";
        List<QualityProblem> problems = QualityChecks.check(plan("We found [" + words + "](/plans/evidence/3)."), 5,
                List.of(new QualityChecks.LinkedFigure(10, words, 10, true)));

        assertThat(problems).extracting(QualityProblem::check).containsExactly("Figure on few responses");
    }

    @Test
    void long_sentences_and_an_overlong_main_body_are_flagged() {
        String longSentence = "word ".repeat(40).strip() + ".";
        assertThat(QualityChecks.check(plan(longSentence), 5, List.of())).extracting(QualityProblem::check)
                .contains("Long sentence");
        String book = ("Ten words in this sentence make it a fair length here. ").repeat(2000);
        assertThat(QualityChecks.check(plan(book), 5, List.of())).extracting(QualityProblem::check)
                .contains("Main body too long");
    }
}
