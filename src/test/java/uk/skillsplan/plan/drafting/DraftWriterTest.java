package uk.skillsplan.plan.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.plan.FixedEvidence;
import uk.skillsplan.plan.SectionKind;

/** Generation from fixed evidence: the ranking, the wording of figures, and that hidden figures never appear. */
class DraftWriterTest {

    private final FixedEvidence evidence = new FixedEvidence();

    private Draft write() {
        return new DraftWriter(evidence, "E37000062", "West Yorkshire", "2026 to 2029",
                List.of(FixedEvidence.round(7, "E37000062")), Weighting.UNWEIGHTED).write();
    }

    @Test
    void priorities_are_ranked_by_the_documented_score_and_say_why() {
        Draft draft = write();

        assertThat(draft.priorities()).hasSizeBetween(4, 6);
        assertThat(draft.priorities()).extracting(PriorityScore.Ranked::sicSection).startsWith("F", "Q");
        assertThat(draft.priorities().getFirst().explanation())
                .contains("skill-shortage vacancies: 30 of 30 (highest of all sectors)")
                .contains("skill-shortage vacancy density: 20 of 20");
        assertThat(draft.priorities()).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
    }

    @Test
    void every_section_is_written_with_figures_woven_into_sentences_with_their_base() {
        Draft draft = write();

        assertThat(draft.sections().keySet()).containsExactlyInAnyOrder(SectionKind.values());
        assertThat(draft.sections().values()).allSatisfy(text -> assertThat(text).isNotBlank());
        assertThat(draft.sections().get(SectionKind.INTRODUCTION))
                .contains("West Yorkshire").contains("2026 to 2029")
                .contains("Skill-shortage vacancies - vacancies that are hard to fill because applicants lack the skills, "
                        + "qualifications or experience - make up [27% of all vacancies (base: 150 employers)](evidence:");
        assertThat(draft.sections().get(SectionKind.SKILL_NEEDS)).contains("[400 (skill-shortage vacancies) (base: 150 employers)]");
        assertThat(draft.sections().get(SectionKind.ANNEX_SKILL_NEEDS)).contains("| Sector (SIC 2007 section) |");
    }

    @Test
    void a_hidden_figure_never_appears_and_its_place_shows_c() {
        Draft draft = write();

        String all = String.join("\n", draft.sections().values());
        assertThat(all).doesNotContain("99%");
        assertThat(draft.citations()).noneMatch(c -> c.figure().suppressed());
        assertThat(draft.sections().get(SectionKind.ANNEX_SKILL_NEEDS)).contains("| Manufacturing (C) | c | c |");
    }

    @Test
    void a_hidden_area_figure_leaves_its_sentence_out() {
        evidence.set("SKILLS_GAP_DENSITY", null, null, 0, false);

        Draft draft = write();

        assertThat(draft.sections().get(SectionKind.INTRODUCTION)).doesNotContain("not fully proficient");
    }

    @Test
    void a_figure_on_few_responses_is_worded_as_such() {
        Draft draft = write();

        assertThat(draft.sections().get(SectionKind.SKILL_NEEDS))
                .contains("(base: 25 employers; treat with caution, fewer than 30 responses)");
    }

    @Test
    void every_figure_in_the_text_is_a_citation_with_its_stored_query() {
        Draft draft = write();

        String all = String.join("\n", draft.sections().values());
        for (int i = 0; i < draft.citations().size(); i++) {
            assertThat(all).contains("(" + Draft.PLACEHOLDER + i + ")");
            assertThat(draft.citations().get(i).figure().query().rounds()).containsExactly(7L);
        }
        assertThat(draft.citations()).isNotEmpty();
    }
}
