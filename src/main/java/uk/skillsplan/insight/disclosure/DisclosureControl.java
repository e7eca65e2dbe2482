package uk.skillsplan.insight.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;
import uk.skillsplan.insight.Breakdown;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.FigureRow;
import uk.skillsplan.insight.FigureTable;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.MetricQuery;
import uk.skillsplan.insight.Suppression;

/**
 * Statistical disclosure control, in one place (DOMAIN.md): the only code that makes a
 * {@link Figure}. Primary suppression (minimum base; dominance and the p% rule for magnitudes),
 * protection against differencing a cell with the same cell with any set of its filter conditions taken away, secondary
 * suppression in tables, the caution flag, and counts of organisations rounded for others to see.
 */
@Component
public class DisclosureControl {

    private final DisclosureRules rules;
    private final Clock clock;

    public DisclosureControl(DisclosureRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    public DisclosureRules rules() {
        return rules;
    }

    /** One figure for one cell. */
    public Figure figure(MetricQuery query, Metric metric, RawCell cell) {
        return make(query, cell, suppression(metric, cell), now());
    }

    /**
     * A table: each row through the primary rules, then secondary suppression so that no hidden row
     * can be worked out from the shown total and the shown rows.
     *
     * @param additive whether the rows split the total (sectors, places, sizes, occupation rows of the grid):
     *        only then can a hidden row be derived, and only then is secondary suppression needed
     * @param overlapping whether one organisation can sit in several rows (occupation rows)
     */
    public FigureTable table(MetricQuery query, Metric metric, Breakdown by, List<RawCell> rows, RawCell total,
                             boolean additive, boolean overlapping) {
        return weightedTable(query, metric, by, rows, total, additive, overlapping, rows, total);
    }

    /**
     * A table whose suppression pattern is decided on {@code rows} and {@code total} (the unweighted contributions:
     * organisations, dominance, wider filters, secondary suppression) exactly as {@link #table}, while the shown cells
     * take their value and interval from {@code shownRows} and {@code shownTotal} (the weighted cells, same order).
     * A hidden row stays hidden whatever its weighted value, so a weighted total less the shown weighted rows gives
     * the hidden rows only taken together, as unweighted: at least two rows which together pass the primary rules.
     * A shown row without a weighted value (no weighted response in it) is hidden too: it adds nothing to the
     * weighted total, so hiding it reveals nothing.
     */
    public FigureTable weightedTable(MetricQuery query, Metric metric, Breakdown by, List<RawCell> rows, RawCell total,
                                     boolean additive, boolean overlapping, List<RawCell> shownRows, RawCell shownTotal) {
        if (shownRows.size() != rows.size()) {
            throw new IllegalArgumentException("Weighted rows must match the unweighted rows one to one.");
        }
        Instant now = now();
        Suppression totalSuppression = suppression(metric, total);
        List<Suppression> reasons = new ArrayList<>(rows.stream().map(r -> suppression(metric, r)).toList());
        if (additive && totalSuppression == null) {
            protect(metric, rows, reasons, overlapping);
        }
        List<FigureRow> shown = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            RawCell row = rows.get(i);
            RawCell value = same(row, shownRows.get(i));
            shown.add(new FigureRow(row.key(), row.label(), make(query, value, valued(reasons.get(i), value), now)));
        }
        RawCell totalValue = same(total, shownTotal);
        return new FigureTable(query, by, shown, make(query, totalValue, valued(totalSuppression, totalValue), now));
    }

    /** The shown cell must stand on the same organisations as the one the decision was made on. */
    private static RawCell same(RawCell decided, RawCell shown) {
        if (shown.organisations() != decided.organisations() || !java.util.Objects.equals(shown.key(), decided.key())) {
            throw new IllegalArgumentException("A weighted cell must have the organisations of its unweighted cell.");
        }
        return shown;
    }

    private static Suppression valued(Suppression decided, RawCell shown) {
        return decided == null && shown.value() == null ? Suppression.TOO_FEW_RESPONSES : decided;
    }

    /**
     * A figure from published statistics (DfE further-education statistics) that its publisher has already
     * put through its own disclosure control: shown as published, or hidden with the publisher's reason when
     * the publisher gave a symbol instead of a number. Its base is 0: it rests on no survey responses.
     */
    public Figure published(MetricQuery query, Long amount) {
        return amount == null ? new Figure(query, null, Suppression.PUBLISHER, 0, null, false, now())
                : new Figure(query, amount.doubleValue(), null, 0, null, false, now());
    }

    /** Why the cell must be hidden on its own, or {@code null} when it may be shown. */
    public Suppression suppression(Metric metric, RawCell cell) {
        Suppression primary = primary(metric, cell);
        if (primary != null) {
            return primary;
        }
        for (int wider : cell.widerOrganisations()) {
            int difference = wider - cell.organisations();
            if (difference > 0 && difference < rules.minimumBase()) {
                // The same cell without one of the filter's conditions differs by a handful of organisations:
                // subtracting one from the other would show those few.
                return Suppression.SECONDARY;
            }
        }
        return cell.value() == null ? Suppression.TOO_FEW_RESPONSES : null;
    }

    private Suppression primary(Metric metric, RawCell cell) {
        if (cell.organisations() < rules.minimumBase() || cell.smallestPart() < rules.minimumBase()) {
            return Suppression.TOO_FEW_RESPONSES;
        }
        if (metric.magnitude() && cell.magnitudes().stream().anyMatch(this::dominated)) {
            return Suppression.DOMINATED;
        }
        return null;
    }

    /** One organisation gives more than the dominance share of the total, or the total fails the p% rule. */
    boolean dominated(Magnitude m) {
        if (m.total() <= 0 || m.largest() <= 0) {
            return false;
        }
        if (m.largest() > rules.dominanceShare() * m.total()) {
            return true;
        }
        return m.total() - m.largest() - m.second() < rules.pPercent() / 100.0 * m.largest();
    }

    /**
     * Secondary suppression: while the hidden rows are a single row (then total less the shown rows
     * gives it) or, taken together, would fail the primary rules (then total less the shown rows gives
     * their sum, which is itself disclosive), also hide the shown row with the fewest organisations.
     */
    private void protect(Metric metric, List<RawCell> rows, List<Suppression> reasons, boolean overlapping) {
        while (true) {
            List<Integer> hidden = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                if (reasons.get(i) != null && rows.get(i).organisations() > 0) {
                    hidden.add(i);
                }
            }
            if (hidden.isEmpty()) {
                return;
            }
            RawCell together = hidden.stream().map(rows::get).reduce((a, b) -> a.union(b, overlapping)).orElseThrow();
            boolean safe = hidden.size() > 1 && primary(metric, together) == null;
            if (safe) {
                return;
            }
            int next = nextSmallest(rows, reasons);
            if (next < 0) {
                return;
            }
            reasons.set(next, Suppression.SECONDARY);
        }
    }

    private static int nextSmallest(List<RawCell> rows, List<Suppression> reasons) {
        Comparator<Integer> smallest = Comparator.<Integer>comparingInt(i -> rows.get(i).organisations())
                .thenComparingDouble(i -> rows.get(i).magnitudes().isEmpty() ? 0 : rows.get(i).magnitudes().getLast().total())
                .thenComparing(i -> String.valueOf(rows.get(i).key()));
        int best = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (reasons.get(i) == null && rows.get(i).organisations() > 0
                    && (best < 0 || smallest.compare(i, best) < 0)) {
                best = i;
            }
        }
        return best;
    }

    private Figure make(MetricQuery query, RawCell cell, Suppression suppression, Instant now) {
        if (suppression != null) {
            int base = suppression == Suppression.TOO_FEW_RESPONSES ? 0 : rounded(cell.organisations());
            return new Figure(query, null, suppression, base, null, false, now);
        }
        return new Figure(query, cell.value(), null, rounded(cell.organisations()), cell.interval(),
                cell.organisations() < rules.cautionBelow(), now);
    }

    /** A count of organisations as others see it: to the nearest multiple of the rounding base. */
    public int rounded(int organisations) {
        int step = rules.roundCountsTo();
        return (int) Math.round(organisations / (double) step) * step;
    }

    private Instant now() {
        return clock.instant();
    }
}
