package uk.skillsplan.insight.catalogue;

import java.util.List;
import java.util.stream.Stream;
import uk.skillsplan.survey.EmployerQuestions;

/** The recipe shapes the catalogue uses; each says which organisations contribute and with what. */
final class Recipes {

    static final List<Integer> ALL_SOC = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9);
    private static final List<Integer> SOC_1_3 = List.of(1, 2, 3);

    private Recipes() {
    }

    /** Share of organisations whose answer has the trait (the pivot gives 1, 0 or null when not answered). */
    static Recipe incidence(Pivot trait) {
        return new Recipe(List.of(trait), List.of(p(trait), "case when " + p(trait) + " is not null then 1 end"),
                Estimator.SHARE, 1, List.of(1), List.of(), false, null, List.of());
    }

    /** Share of organisations that answered {@code asked} whose {@code value} is above zero (unanswered counts as zero). */
    static Recipe incidenceOfPositive(Pivot asked, Pivot value) {
        String when = "case when " + p(asked) + " is not null then ";
        return new Recipe(List.of(asked, value),
                List.of(when + "case when coalesce(" + p(value) + ", 0) > 0 then 1 else 0 end end", when + "1 end"),
                Estimator.SHARE, 1, List.of(1), List.of(), false, null, List.of());
    }

    /**
     * Sum of numerators over sum of denominators, over organisations with a denominator above zero.
     * With {@code zeroWhenUnanswered} an organisation that gave the denominator but was not asked the
     * numerator (no vacancies, so no hard-to-fill ones) counts zero; otherwise it does not contribute.
     */
    static Recipe ratio(Pivot numerator, Pivot denominator, boolean zeroWhenUnanswered) {
        String when = "case when " + p(denominator) + " > 0" + (zeroWhenUnanswered ? "" : " and " + p(numerator) + " is not null")
                + " then ";
        return new Recipe(List.of(numerator, denominator),
                List.of(when + "coalesce(" + p(numerator) + ", 0) end", when + p(denominator) + " end"),
                Estimator.RATIO, 1, List.of(1), List.of(0, 1), perOccupation(numerator, denominator), null, List.of());
    }

    /** A ratio whose numerator is asked only after a yes ({@code asked} = 1): a no counts zero, an unanswered yes does not contribute. */
    static Recipe ratioWhenAsked(Pivot numerator, Pivot denominator, Pivot asked) {
        String when = "case when " + p(denominator) + " > 0 and (" + p(asked) + " = 0 or " + p(asked) + " = 1 and "
                + p(numerator) + " is not null) then ";
        return new Recipe(List.of(numerator, denominator, asked),
                List.of(when + "coalesce(" + p(numerator) + ", 0) end", when + p(denominator) + " end"),
                Estimator.RATIO, 1, List.of(1), List.of(0, 1), false, null, List.of());
    }

    /** The sum of a number over organisations that answered {@code presence} (unanswered counts as zero). */
    static Recipe volume(Pivot value, Pivot presence) {
        String when = "case when " + p(presence) + " is not null then ";
        return new Recipe(List.of(value, presence), List.of(when + "coalesce(" + p(value) + ", 0) end", when + "1 end"),
                Estimator.VOLUME, 1, List.of(1), List.of(0), perOccupation(value, presence), null, List.of());
    }

    /** The mean of a rating over organisations that gave one. */
    static Recipe mean(Pivot rating) {
        return new Recipe(List.of(rating), List.of(p(rating), "case when " + p(rating) + " is not null then 1 end"),
                Estimator.MEAN, 1, List.of(1), List.of(), false, null, List.of());
    }

    /** Share of organisations naming any option of a multiple-choice question but the excluded ones; a table by option. */
    static Recipe options(String question, List<String> excluded) {
        Pivot any = Pivot.choseAnyBut(question, excluded);
        return new Recipe(List.of(any), List.of(p(any), "case when " + p(any) + " is not null then 1 end"),
                Estimator.SHARE, 1, List.of(1), List.of(), false, question, excluded);
    }

    /** Share trained in the {@code band} SOC groups over the share trained in SOC 1-3, each over establishments employing people there. */
    static Recipe trainingGap(List<Integer> band) {
        String grid = EmployerQuestions.WORKFORCE;
        Pivot trainedHigh = Pivot.grid(grid, EmployerQuestions.COL_TRAINED, band);
        Pivot staffHigh = Pivot.grid(grid, EmployerQuestions.COL_HEADCOUNT, band);
        Pivot trainedLow = Pivot.grid(grid, EmployerQuestions.COL_TRAINED, SOC_1_3);
        Pivot staffLow = Pivot.grid(grid, EmployerQuestions.COL_HEADCOUNT, SOC_1_3);
        String high = "case when " + p(staffHigh) + " > 0 then ";
        String low = "case when " + p(staffLow) + " > 0 then ";
        return new Recipe(List.of(trainedHigh, staffHigh, trainedLow, staffLow),
                List.of(high + "coalesce(" + p(trainedHigh) + ", 0) end", high + p(staffHigh) + " end",
                        low + "coalesce(" + p(trainedLow) + ", 0) end", low + p(staffLow) + " end",
                        "case when " + p(staffHigh) + " > 0 or " + p(staffLow) + " > 0 then 1 end"),
                Estimator.RATIO_OF_RATIOS, 4, List.of(1, 3), List.of(0, 1, 2, 3), false, null, List.of());
    }

    /** Staff affected by five insecurity factors over five times employment, where all five were answered. */
    static Recipe insecurity() {
        List<Pivot> factors = Stream.of(EmployerQuestions.JQ_BELOW_RLW, EmployerQuestions.JQ_ZERO_HOURS,
                EmployerQuestions.JQ_INVOL_PART_TIME, EmployerQuestions.JQ_INVOL_TEMPORARY,
                EmployerQuestions.JQ_TENURE_UNDER2).map(Pivot::number).toList();
        Pivot employment = Pivot.number(EmployerQuestions.EMP_TOTAL);
        String answered = String.join(" and ", factors.stream().map(f -> p(f) + " is not null").toList());
        String when = "case when " + p(employment) + " > 0 and " + answered + " then ";
        String sum = String.join(" + ", factors.stream().map(Recipes::p).toList());
        return new Recipe(Stream.concat(factors.stream(), Stream.of(employment)).toList(),
                List.of(when + "(" + sum + ") end", when + "5 * " + p(employment) + " end"),
                Estimator.RATIO, 1, List.of(1), List.of(0, 1), false, null, List.of());
    }

    private static boolean perOccupation(Pivot... pivots) {
        return Stream.of(pivots).anyMatch(x -> x.sql().contains(Pivot.SOC_MARK));
    }

    private static String p(Pivot pivot) {
        return "p." + pivot.name();
    }
}
