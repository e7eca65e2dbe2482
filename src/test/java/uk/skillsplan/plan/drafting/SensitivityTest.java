package uk.skillsplan.plan.drafting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.plan.FixedEvidence;
import uk.skillsplan.plan.RankingCheck;

/** The sensitivity check of the priorities on fixed evidence: construction first, care second, then the rest. */
class SensitivityTest {

    private final FixedEvidence evidence = new FixedEvidence();

    private List<RankingCheck> check() {
        return new Sensitivity(evidence, "E37000062", "West Yorkshire", List.of(FixedEvidence.round(7, "E37000062")),
                Weighting.UNWEIGHTED).check();
    }

    private static RankingCheck row(List<RankingCheck> checks, String scenario) {
        return checks.stream().filter(c -> c.scenario().startsWith(scenario)).findFirst().orElseThrow(
                () -> new AssertionError("no check " + scenario + " in " + checks));
    }

    @Test
    void leaving_out_a_small_sector_or_a_size_band_that_changes_nothing_keeps_the_top_five() {
        List<RankingCheck> checks = check();

        RankingCheck education = row(checks, "Without Education");
        assertThat(education.unchanged()).isTrue();
        assertThat(education.verdict()).isEqualTo("Top 5 unchanged without Education.");
        assertThat(row(checks, "Without large").verdict()).isEqualTo("Top 5 unchanged without large businesses.");
    }

    @Test
    void leaving_out_a_sector_that_holds_the_highest_values_can_reorder_the_others() {
        // Professional services: the most skill-shortage vacancies by far but little else, so with it every
        // other sector's volume points are small; without it volume counts again and reorders the rest.
        evidence.set("SSV_VOLUME", "M", 2000.0, 40, false);
        evidence.set("SSV_DENSITY", "G", 0.44, 25, true);

        List<RankingCheck> checks = check();

        RankingCheck withoutM = row(checks, "Without Professional services");
        assertThat(withoutM.unchanged()).as(withoutM.verdict()).isFalse();
        assertThat(withoutM.verdict()).containsPattern("Priority \\d, .*, (drops|rises) from \\d to \\d without Professional services");
    }

    @Test
    void leaving_out_micro_businesses_drops_a_priority_whose_shortage_is_all_in_micro_businesses() {
        // Without micro businesses, construction reports almost no skill-shortage vacancies.
        evidence.setWithout("micro", "SSV_VOLUME", "F", 5.0, 20);
        evidence.setWithout("micro", "SSV_DENSITY", "F", 0.02, 20);
        evidence.setWithout("micro", "SKILLS_GAP_DENSITY", "F", 0.01, 20);

        RankingCheck micro = row(check(), "Without micro");

        assertThat(micro.unchanged()).isFalse();
        assertThat(micro.verdict()).contains("Priority 1, Construction, drops from 1 to").contains("without micro businesses");
    }

    @Test
    void the_weighted_check_says_why_it_cannot_run_until_weights_exist_and_runs_once_they_do() {
        RankingCheck weighted = row(check(), "Weighted");
        assertThat(weighted.unavailable()).isTrue();
        assertThat(weighted.verdict()).startsWith("Weighted check not available: ").contains("no business population");

        evidence.allowWeighted();
        RankingCheck now = row(check(), "Weighted");
        assertThat(now.unavailable()).isFalse();
        assertThat(now.verdict()).isEqualTo("Top 5 unchanged weighted to the business population.");
    }
}
