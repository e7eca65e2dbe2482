package uk.skillsplan.insight.ui;

import java.util.Comparator;
import java.util.List;
import uk.skillsplan.insight.Breakdown;
import uk.skillsplan.insight.FigureRow;
import uk.skillsplan.insight.FigureTable;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.export.FigureFormat;

/**
 * The one line, written by us, that says what a chart shows: its highest and lowest values in words,
 * and how many figures are hidden and why. Screen-reader users hear it as the chart's description.
 */
final class Summaries {

    private Summaries() {
    }

    static String ofTable(Metric metric, FigureTable table) {
        String label = table.breakdown().label();
        String subject = metric.name() + " by " + Character.toLowerCase(label.charAt(0)) + label.substring(1);
        List<FigureRow> shown = table.rows().stream().filter(r -> !r.figure().suppressed() && r.figure().value() != null)
                .sorted(Comparator.comparingDouble((FigureRow r) -> r.figure().value()).reversed()).toList();
        long hidden = table.rows().size() - shown.size();
        String total = table.total().suppressed() ? "the total is hidden (c)"
                : "overall " + FigureFormat.value(metric, table.total());
        if (shown.isEmpty()) {
            return subject + ": every figure is hidden (c) because too few organisations answered within these filters, "
                    + "so they could reveal one organisation's answers; " + total + ". Widen the filters to see figures.";
        }
        FigureRow top = shown.getFirst();
        StringBuilder line = new StringBuilder(subject).append(": ").append(total).append("; ")
                .append(table.breakdown() == Breakdown.OPTION ? "most often " : "highest in ")
                .append(top.label()).append(" (").append(FigureFormat.value(metric, top.figure())).append(")");
        if (shown.size() > 1) {
            FigureRow bottom = shown.getLast();
            line.append(table.breakdown() == Breakdown.OPTION ? ", least often " : ", lowest in ")
                    .append(bottom.label()).append(" (").append(FigureFormat.value(metric, bottom.figure())).append(")");
        }
        if (hidden > 0) {
            line.append("; ").append(hidden).append(" of ").append(table.rows().size())
                    .append(" figures hidden (c) to protect respondents");
        }
        return line.append('.').toString();
    }

    /** A line for a few figures without a national comparison: how many are shown and how many hidden. */
    static String ofFigures(String selectionName, java.util.List<HeadlinePanel.Line> lines) {
        long hidden = lines.stream().filter(l -> l.figure().suppressed()).count();
        String shown = lines.stream().filter(l -> !l.figure().suppressed())
                .map(l -> l.metric().name() + " " + FigureFormat.value(l.metric(), l.figure()))
                .collect(java.util.stream.Collectors.joining("; "));
        return selectionName + ": " + (shown.isEmpty() ? "no figure can be shown" : shown)
                + (hidden == 0 ? "." : "; " + hidden + " hidden (c) because too few organisations answered.");
    }
}
