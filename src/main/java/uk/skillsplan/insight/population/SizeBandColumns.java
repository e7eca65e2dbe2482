package uk.skillsplan.insight.population;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The size band columns of a Nomis header row: the four broad bands ("Micro (0 to 9)" ...) or the
 * nine detailed ones ("0 to 4" ... "1000+"), each detailed band summed into its broad band. A
 * header with some bands of a set but not all of them is missing a band, and the file is refused.
 */
final class SizeBandColumns {

    /** Broad bands by their employment range as Nomis writes it (spaces and commas removed). */
    private static final Map<String, String> BROAD = Map.of("0to9", "micro", "10to49", "small", "50to249", "medium",
            "250+", "large");
    private static final Map<String, String> DETAILED = new LinkedHashMap<>();

    static {
        DETAILED.put("0to4", "micro");
        DETAILED.put("5to9", "micro");
        DETAILED.put("10to19", "small");
        DETAILED.put("20to49", "small");
        DETAILED.put("50to99", "medium");
        DETAILED.put("100to249", "medium");
        DETAILED.put("250to499", "large");
        DETAILED.put("500to999", "large");
        DETAILED.put("1000+", "large");
    }

    /** Column index to broad band code. */
    final Map<Integer, String> bands;
    final boolean detailed;

    private SizeBandColumns(Map<Integer, String> bands, boolean detailed) {
        this.bands = bands;
        this.detailed = detailed;
    }

    /** Whether a row looks like a header row: at least two cells name a size band (or the Total). */
    static boolean looksLikeHeader(List<String> cells) {
        int named = 0;
        for (int i = 1; i < cells.size(); i++) {
            String range = range(cells.get(i));
            if (BROAD.containsKey(range) || DETAILED.containsKey(range) || range.equals("total")) {
                named++;
            }
        }
        return named >= 2;
    }

    /** The band columns, or the reason the header cannot be used (a band of the set is missing). */
    static Result of(List<String> header) {
        Map<Integer, String> broad = new LinkedHashMap<>();
        Map<Integer, String> detailed = new LinkedHashMap<>();
        List<String> broadSeen = new ArrayList<>();
        List<String> detailedSeen = new ArrayList<>();
        for (int i = 1; i < header.size(); i++) {
            String range = range(header.get(i));
            if (BROAD.containsKey(range)) {
                broad.put(i, BROAD.get(range));
                broadSeen.add(range);
            } else if (DETAILED.containsKey(range)) {
                detailed.put(i, DETAILED.get(range));
                detailedSeen.add(range);
            }
        }
        if (broad.size() == BROAD.size()) {
            return new Result(new SizeBandColumns(broad, false), null);
        }
        if (detailed.size() == DETAILED.size()) {
            return new Result(new SizeBandColumns(detailed, true), null);
        }
        List<String> missing = new ArrayList<>();
        if (detailed.size() > broad.size()) {
            DETAILED.keySet().stream().filter(r -> !detailedSeen.contains(r)).forEach(r -> missing.add(label(r)));
        } else {
            for (String r : List.of("0to9", "10to49", "50to249", "250+")) {
                if (!broadSeen.contains(r)) {
                    missing.add(BROAD_LABELS.get(r));
                }
            }
        }
        return new Result(null, "The header row has no column for the size band" + (missing.size() == 1 ? " " : "s ")
                + String.join(", ", missing) + ". Download the file again from Nomis with all four broad size bands "
                + "(Micro, Small, Medium-sized, Large) or all nine detailed ones.");
    }

    record Result(SizeBandColumns columns, String problem) {
        Optional<SizeBandColumns> found() {
            return Optional.ofNullable(columns);
        }
    }

    private static final Map<String, String> BROAD_LABELS = Map.of("0to9", "Micro (0 to 9)", "10to49", "Small (10 to 49)",
            "50to249", "Medium-sized (50 to 249)", "250+", "Large (250+)");

    private static String label(String range) {
        return range.replace("to", " to ");
    }

    /** "Micro (0 to 9)" and "0 to 9" both give "0to9"; "Large (250+)" gives "250+"; "Total" gives "total". */
    static String range(String cell) {
        String text = cell == null ? "" : cell.strip().toLowerCase(Locale.ROOT);
        int open = text.indexOf('(');
        int close = text.lastIndexOf(')');
        if (open >= 0 && close > open) {
            text = text.substring(open + 1, close);
        }
        return text.replaceAll("[\\s,]", "");
    }
}
