package uk.skillsplan.demo;

import java.util.Arrays;

/**
 * A synthetic site's staff, vacancies, skills gaps and training by SOC major group (index 0 is
 * group 1). Totals are sums of the groups, so the grid and the headline questions always agree,
 * and every per-group rule holds by construction (hard-to-fill within vacancies, and so on).
 * Rates follow the Employer Skills Survey: about a quarter to a third of sites recruiting,
 * around 4 in 10 vacancies hard to fill and 7 in 10 of those for lack of skills, skills gaps at
 * around 5% of staff, and lower-skilled staff trained far less often than professionals.
 */
record SyntheticWorkforce(int[] headcount, int[] vacancies, int[] hardToFill, int[] skillShortage,
                          int[] notProficient, int[] trained, boolean trains) {

    static final int GROUPS = 9;

    // By size band (micro, small, medium, large).
    private static final double[] RECRUITING = {0.22, 0.45, 0.70, 0.90};
    private static final double[] HARD_TO_FILL = {0.50, 0.42, 0.36, 0.32};
    private static final double[] WITH_SKILLS_GAPS = {0.10, 0.25, 0.50, 0.75};
    private static final double[] TRAINING = {0.50, 0.78, 0.90, 0.95};
    private static final double SKILL_SHORTAGE_SHARE_OF_HARD_TO_FILL = 0.7;

    // By SOC major group 1..9: skilled trades and professionals are hardest to recruit for lack of
    // skills; elementary vacancies are hard to fill more for pay and conditions than for skills.
    private static final double[] HARD_TO_FILL_BY_GROUP = {0.8, 1.2, 1.1, 0.6, 1.4, 1.2, 0.7, 1.0, 0.8};
    private static final double[] SHORTAGE_BY_GROUP = {1.0, 1.25, 1.1, 0.8, 1.25, 0.9, 0.7, 0.9, 0.6};
    private static final double[] GAPS_BY_GROUP = {0.7, 0.8, 0.9, 1.0, 1.0, 1.2, 1.2, 1.2, 1.1};
    // Who gets trained: the "training gap" of the domain notes, operatives and elementary staff least.
    private static final double[] TRAINED_BY_GROUP = {1.0, 1.25, 1.15, 0.85, 0.9, 1.1, 0.8, 0.55, 0.45};

    static SyntheticWorkforce draw(EmployerFacts facts, SectorProfile sector, Draws draws) {
        double[] mix = varied(sector.occupationMix(), draws);
        int[] headcount = staff(facts.employment(), mix, draws);
        int[] vacancies = new int[GROUPS];
        int[] hardToFill = new int[GROUPS];
        int[] shortage = new int[GROUPS];
        int size = facts.sizeIndex();
        if (draws.chance(RECRUITING[size] * sector.vacancyFactor())) {
            int total = Math.max(1, (int) Math.round(facts.employment() * draws.uniform(0.02, 0.10)));
            for (int i = 0; i < total; i++) {
                int group = draws.weighted(mix);
                vacancies[group]++;
                if (draws.chance(HARD_TO_FILL[size] * sector.hardToFillFactor() * HARD_TO_FILL_BY_GROUP[group])) {
                    hardToFill[group]++;
                    if (draws.chance(SKILL_SHORTAGE_SHARE_OF_HARD_TO_FILL * SHORTAGE_BY_GROUP[group])) {
                        shortage[group]++;
                    }
                }
            }
        }
        int[] notProficient = new int[GROUPS];
        if (draws.chance(WITH_SKILLS_GAPS[size])) {
            double rate = draws.uniform(0.03, 0.15);
            for (int g = 0; g < GROUPS; g++) {
                notProficient[g] = draws.binomial(headcount[g], rate * GAPS_BY_GROUP[g]);
            }
            atLeastOne(notProficient, headcount);
        }
        int[] trained = new int[GROUPS];
        boolean trains = draws.chance(TRAINING[size] + (sector.largerSites() ? 0.05 : 0));
        if (trains) {
            double rate = draws.uniform(0.4, 0.8);
            for (int g = 0; g < GROUPS; g++) {
                trained[g] = draws.binomial(headcount[g], rate * TRAINED_BY_GROUP[g]);
            }
            atLeastOne(trained, headcount);
        }
        return new SyntheticWorkforce(headcount, vacancies, hardToFill, shortage, notProficient, trained, trains);
    }

    /** Every site differs a little from its sector's typical mix of jobs. */
    private static double[] varied(double[] mix, Draws draws) {
        double[] varied = new double[GROUPS];
        for (int g = 0; g < GROUPS; g++) {
            varied[g] = mix[g] * draws.uniform(0.5, 1.5);
        }
        return varied;
    }

    /** The first person is the owner or manager; everyone else falls into a group by the site's mix. */
    private static int[] staff(int employment, double[] mix, Draws draws) {
        int[] headcount = new int[GROUPS];
        if (employment == 0) {
            return headcount;
        }
        headcount[0] = 1;
        for (int i = 1; i < employment; i++) {
            headcount[draws.weighted(mix)]++;
        }
        return headcount;
    }

    /** A site that says it has skills gaps, or trained staff, has at least one such person. */
    private static void atLeastOne(int[] counts, int[] headcount) {
        if (Arrays.stream(counts).sum() > 0) {
            return;
        }
        int largest = 0;
        for (int g = 1; g < GROUPS; g++) {
            if (headcount[g] > headcount[largest]) {
                largest = g;
            }
        }
        counts[largest] = Math.min(1, headcount[largest]);
    }

    static int total(int[] counts) {
        return Arrays.stream(counts).sum();
    }

    int employment() {
        return total(headcount);
    }

    boolean recruiting() {
        return total(vacancies) > 0;
    }

    /** Whether a group has a row in the grid: anyone working or wanted in it. */
    boolean hasRow(int group) {
        return headcount[group] > 0 || vacancies[group] > 0;
    }
}
