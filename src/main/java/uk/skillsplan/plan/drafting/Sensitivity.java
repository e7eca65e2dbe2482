package uk.skillsplan.plan.drafting;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.insight.AnalysableRound;
import uk.skillsplan.insight.InsightFilter;
import uk.skillsplan.insight.InsightService;
import uk.skillsplan.insight.MetricQuery;
import uk.skillsplan.insight.Weighting;
import uk.skillsplan.plan.RankingCheck;

/**
 * The sensitivity check of the priorities (issue 10, point 2): is the ranking the same weighted and
 * unweighted, and when any one sector or size band is left out?
 * <ul>
 * <li>The other weighting: the ranking computed again on the other weighting's figures. Weighted
 * figures need the area's business population; until there are, the check says why it cannot run.</li>
 * <li>A size band left out: every sector's figures computed again without that band's responses
 * (insight's {@link InsightFilter#withoutSizeBand}), then ranked.</li>
 * <li>A sector left out: its responses only ever count towards its own figures, so the other sectors'
 * figures stay as they are; the ranking is done again without it, which moves the highest value of
 * each component (and so every other sector's points) when the sector left out had the highest.</li>
 * </ul>
 * Only ranks are compared and shown, never a figure.
 */
public final class Sensitivity {

    /** How many of the top priorities must stay in the same order for the ranking to count as unchanged. */
    public static final int TOP = 5;

    private final InsightService insight;
    private final String lsipCode;
    private final String areaName;
    private final List<AnalysableRound> rounds;
    private final Weighting weighting;

    public Sensitivity(InsightService insight, String lsipCode, String areaName, List<AnalysableRound> rounds,
                       Weighting weighting) {
        this.insight = insight;
        this.lsipCode = lsipCode;
        this.areaName = areaName;
        this.rounds = List.copyOf(rounds);
        this.weighting = weighting == null ? Weighting.UNWEIGHTED : weighting;
    }

    public List<RankingCheck> check() {
        DraftWriter plan = writer(weighting);
        List<PriorityScore.SectorEvidence> sectors = plan.sectorEvidence(InsightFilter.NONE);
        List<PriorityScore.Ranked> base = PriorityScore.rankAll(sectors);
        List<RankingCheck> checks = new ArrayList<>();
        Weighting other = weighting == Weighting.WEIGHTED ? Weighting.UNWEIGHTED : Weighting.WEIGHTED;
        String otherWords = other == Weighting.WEIGHTED ? "Weighted to the business population" : "Unweighted";
        Optional<String> refused = refusal(other);
        checks.add(refused.map(reason -> new RankingCheck(otherWords, false, true, "Weighted check not available: " + reason))
                .orElseGet(() -> compare(otherWords, base, PriorityScore.rankAll(writer(other).sectorEvidence(InsightFilter.NONE)),
                        null, otherWords.toLowerCase(Locale.UK))));
        for (SizeBand band : SizeBand.values()) {
            String label = "Without " + band.label().toLowerCase(Locale.UK).replace(" (", " businesses (");
            checks.add(compare(label, base, PriorityScore.rankAll(plan.sectorEvidence(InsightFilter.NONE.withoutSizeBand(band.code()))),
                    null, "without " + band.label().replaceAll(" \\(.*", "").toLowerCase(Locale.UK) + " businesses"));
        }
        for (PriorityScore.SectorEvidence sector : sectors) {
            if (sector.values().isEmpty()) {
                continue;
            }
            List<PriorityScore.SectorEvidence> without = sectors.stream()
                    .filter(s -> !s.sicSection().equals(sector.sicSection())).toList();
            checks.add(compare("Without " + sector.label() + " (SIC " + sector.sicSection() + ")", base,
                    PriorityScore.rankAll(without), sector.sicSection(), "without " + sector.label()));
        }
        return checks;
    }

    private DraftWriter writer(Weighting asked) {
        return new DraftWriter(insight, lsipCode, areaName, "", rounds, asked);
    }

    /** Why figures of this weighting cannot be computed (weighted ones before the population is imported), if they cannot. */
    private Optional<String> refusal(Weighting asked) {
        if (asked == Weighting.UNWEIGHTED || rounds.isEmpty()) {
            return Optional.empty();
        }
        try {
            insight.figure(new MetricQuery("SSV_VOLUME", rounds.stream().map(AnalysableRound::id).toList(), lsipCode,
                    InsightFilter.NONE, asked));
            return Optional.empty();
        } catch (NotFoundException | IllegalArgumentException refused) {
            return Optional.of(refused.getMessage() == null ? "weighted figures cannot be computed yet" : refused.getMessage());
        }
    }

    /** "Top 5 unchanged ..." or each priority that moves: "Skills for X drops from 2 to 7 without manufacturing". */
    static RankingCheck compare(String scenario, List<PriorityScore.Ranked> base, List<PriorityScore.Ranked> now,
                                String leftOutSector, String without) {
        int top = Math.min(TOP, base.size());
        List<String> changes = new ArrayList<>();
        for (PriorityScore.Ranked priority : base.subList(0, Math.min(PriorityScore.MAX_PRIORITIES, base.size()))) {
            if (priority.sicSection().equals(leftOutSector)) {
                changes.add(priority.label() + " (priority " + priority.rank() + ") is the sector left out");
                continue;
            }
            int rank = rankOf(now, priority.sicSection());
            int leftOutRank = leftOutSector == null ? 0 : rankOf(base, leftOutSector);
            int expected = leftOutRank > 0 && leftOutRank < priority.rank() ? priority.rank() - 1 : priority.rank();
            if (rank != expected) {
                changes.add("Priority " + priority.rank() + ", " + priority.label() + ", "
                        + (rank == 0 ? "is no longer ranked" : (rank > priority.rank() ? "drops" : "rises") + " from "
                        + priority.rank() + " to " + rank) + " " + without);
            }
        }
        for (PriorityScore.Ranked entering : now.subList(0, Math.min(top, now.size()))) {
            int was = rankOf(base, entering.sicSection());
            if (was == 0 || was > PriorityScore.MAX_PRIORITIES) {
                changes.add(entering.label() + " enters the top " + top + " at " + entering.rank()
                        + (was == 0 ? "" : " (from " + was + ")") + " " + without);
            }
        }
        boolean topSame = top > 0 && sameOrder(base.subList(0, top), now, leftOutSector);
        String verdict = top == 0 ? "No priorities to compare: no sector shows a skill shortage."
                : topSame && changes.isEmpty() ? "Top " + top + " unchanged " + without + "."
                : topSame ? "Top " + top + " in the same order " + without + "; " + String.join("; ", changes) + "."
                : String.join("; ", changes) + ".";
        return new RankingCheck(scenario, topSame, false, verdict);
    }

    /** The top priorities (but the sector left out) keep their order at the head of the new ranking. */
    private static boolean sameOrder(List<PriorityScore.Ranked> top, List<PriorityScore.Ranked> now, String leftOut) {
        List<String> expected = top.stream().map(PriorityScore.Ranked::sicSection).filter(s -> !s.equals(leftOut)).toList();
        List<String> got = now.stream().map(PriorityScore.Ranked::sicSection).limit(expected.size()).toList();
        return expected.equals(got);
    }

    private static int rankOf(List<PriorityScore.Ranked> ranking, String sicSection) {
        return ranking.stream().filter(r -> r.sicSection().equals(sicSection)).map(PriorityScore.Ranked::rank).findFirst()
                .orElse(0);
    }
}
