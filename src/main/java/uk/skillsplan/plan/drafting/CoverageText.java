package uk.skillsplan.plan.drafting;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.FigureRow;
import uk.skillsplan.insight.FigureTable;
import uk.skillsplan.insight.PopulationCoverage;
import uk.skillsplan.insight.PopulationCoverageCell;

/**
 * The evidence coverage section against the business population (issue 10, point 1): responding
 * employers against businesses, by size band and by industry, with response rates, in plain
 * sentences with the figures woven in, and the under-represented cells named.
 * <p>
 * Businesses are ONS's published counts. Responding employers come from the engine's
 * disclosure-controlled tables (by size band and by SIC section, summed into the population's
 * industry groups); a group with a hidden section shows "c", and so does its rate. Rates are
 * responding employers (rounded to 5, as shown) per business, so they reveal nothing the table does
 * not. A cell is named as under-represented by insight's rule ({@link PopulationCoverage#RULE}).
 */
final class CoverageText {

    /** Several flagged cells are named, the rest counted. */
    static final int NAMED_CELLS = 8;

    private CoverageText() {
    }

    /**
     * @param bySize responding employers by size band (engine table, the coverage round only)
     * @param bySector responding employers by SIC section (engine table, the coverage round only)
     */
    static String write(String areaName, String roundName, PopulationCoverage coverage, FigureTable bySize,
                        FigureTable bySector) {
        StringBuilder text = new StringBuilder();
        var population = coverage.population();
        String source = "ONS UK Business Counts " + population.year() + ", " + population.unit().noun();
        Optional<Integer> all = bySize == null || bySize.total() == null || bySize.total().suppressed()
                ? Optional.empty() : Optional.of(bySize.total().base());
        text.append("Of the ").append(number(coverage.businesses())).append(" businesses in ").append(areaName)
                .append(" (").append(source).append("), ");
        if (all.isPresent()) {
            text.append(number(all.get())).append(" employers answered ").append(roundName).append(": a response rate of ")
                    .append(rate(all.get(), coverage.businesses())).append(". ");
        } else {
            text.append("too few employers answered ").append(roundName).append(" to show how many. ");
        }
        text.append("Counts of responding employers are rounded to the nearest 5, as ONS does; \"c\" marks a group "
                + "too small to show.\n\n");

        Map<String, Long> businessesBySize = new LinkedHashMap<>();
        Map<String, Long> businessesByIndustry = new LinkedHashMap<>();
        Map<String, String> industryLabels = new LinkedHashMap<>();
        Map<String, List<String>> industrySections = new LinkedHashMap<>();
        for (SizeBand band : SizeBand.values()) {
            businessesBySize.put(band.code(), 0L);
        }
        for (PopulationCoverageCell cell : coverage.cells()) {
            businessesBySize.merge(cell.sizeBand(), cell.businesses(), Long::sum);
            businessesByIndustry.merge(cell.industryKey(), cell.businesses(), Long::sum);
            industryLabels.putIfAbsent(cell.industryKey(), cell.industryLabel());
            industrySections.putIfAbsent(cell.industryKey(), cell.sicSections());
        }

        List<String[]> sizeRows = new ArrayList<>();
        String best = null;
        String worst = null;
        double bestRate = -1;
        double worstRate = Double.MAX_VALUE;
        for (SizeBand band : SizeBand.values()) {
            long businesses = businessesBySize.get(band.code());
            Optional<Integer> responding = row(bySize, band.code());
            sizeRows.add(new String[]{band.label(), number(businesses), responding.map(CoverageText::number).orElse("c"),
                    responding.map(n -> rate(n, businesses)).orElse("c")});
            if (responding.isPresent() && businesses > 0) {
                double r = (double) responding.get() / businesses;
                if (r > bestRate) {
                    bestRate = r;
                    best = band.label();
                }
                if (r < worstRate) {
                    worstRate = r;
                    worst = band.label();
                }
            }
        }
        text.append("### By size\n\n");
        if (best != null && worst != null && !best.equals(worst)) {
            String sentence = lower(best) + " businesses responded most (" + percent(bestRate) + ") and " + lower(worst)
                    + " businesses least (" + percent(worstRate) + ").";
            text.append(Character.toUpperCase(sentence.charAt(0))).append(sentence.substring(1)).append("\n\n");
        }
        table(text, "Size band", sizeRows);

        List<String[]> industryRows = new ArrayList<>();
        for (Map.Entry<String, Long> industry : businessesByIndustry.entrySet()) {
            Optional<Integer> responding = sum(bySector, industrySections.get(industry.getKey()));
            industryRows.add(new String[]{industryLabels.get(industry.getKey()), number(industry.getValue()),
                    responding.map(CoverageText::number).orElse("c"),
                    responding.map(n -> rate(n, industry.getValue())).orElse("c")});
        }
        text.append("\n### By sector\n\n");
        table(text, "Industry", industryRows);

        List<PopulationCoverageCell> flagged = coverage.cells().stream().filter(PopulationCoverageCell::underRepresented)
                .sorted((a, b) -> Long.compare(b.businesses(), a.businesses())).toList();
        text.append("\n### Who is under-represented\n\n");
        if (flagged.isEmpty()) {
            text.append("No group of businesses is under-represented: ").append(lowerFirst(PopulationCoverage.RULE)).append("\n");
        } else {
            text.append(flagged.size() == 1 ? "One group of businesses is" : flagged.size() + " groups of businesses are")
                    .append(" under-represented, so the plan's figures say less about them");
            text.append(flagged.size() > NAMED_CELLS ? "; the largest are:\n\n" : ":\n\n");
            for (PopulationCoverageCell cell : flagged.stream().limit(NAMED_CELLS).toList()) {
                Figure rate = cell.responseRate();
                text.append("- ").append(lower(SizeBand.fromCode(cell.sizeBand()).label())).append(" businesses in ")
                        .append(lowerFirst(cell.industryLabel())).append(" (").append(number(cell.businesses()))
                        .append(" businesses").append(rate.suppressed() || rate.value() == null ? ""
                                : ", a response rate of " + percent(rate.value())).append(")\n");
            }
            text.append("\n").append(PopulationCoverage.RULE).append(" Reaching more of these employers before the next "
                    + "round would make the evidence stronger.\n");
        }
        return text.toString();
    }

    private static Optional<Integer> row(FigureTable table, String key) {
        if (table == null) {
            return Optional.empty();
        }
        return table.rows().stream().filter(r -> r.key().equals(key)).findFirst().map(FigureRow::figure)
                .filter(f -> !f.suppressed()).map(Figure::base);
    }

    /** The responding employers of several SIC sections, or empty when any is hidden (or none answered). */
    private static Optional<Integer> sum(FigureTable table, List<String> sections) {
        int total = 0;
        for (String section : sections) {
            Optional<FigureRow> found = table == null ? Optional.empty()
                    : table.rows().stream().filter(r -> r.key().equals(section)).findFirst();
            if (found.isEmpty()) {
                continue; // no responses from the section at all
            }
            if (found.get().figure().suppressed()) {
                return Optional.empty();
            }
            total += found.get().figure().base();
        }
        return Optional.of(total);
    }

    private static void table(StringBuilder text, String header, List<String[]> rows) {
        text.append("| ").append(header).append(" | Businesses | Responding employers | Response rate |\n|---|---|---|---|\n");
        for (String[] row : rows) {
            text.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
    }

    static String rate(long responding, long businesses) {
        return businesses <= 0 ? "c" : percent((double) responding / businesses);
    }

    static String percent(double share) {
        double percent = share * 100;
        if (percent > 0 && percent < 0.1) {
            return "less than 0.1%";
        }
        return percent < 10 ? String.format(Locale.UK, "%.1f%%", percent) : Math.round(percent) + "%";
    }

    private static String number(long n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }

    private static String lower(String label) {
        return label.replaceAll(" \\(.*\\)$", "").toLowerCase(Locale.UK);
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
