package uk.skillsplan.insight.ui;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which industry sectors (SIC 2007 sections) each subject providers teach (sector subject area,
 * tier 1) mainly trains people for. No official crosswalk exists (DOMAIN.md, "Demand against
 * provision"): this one is ours, from the SSA tier 2 titles (for example 7.1 "Retailing and
 * wholesaling" covers warehousing, 7.4 "Hospitality and catering"), and pages say it is an
 * approximation. "Preparation for Life and Work" serves every sector, so it names none.
 */
final class SubjectSectors {

    static final String APPROXIMATION = "Which sectors a subject serves is our approximation (there is no official "
            + "crosswalk from subjects to industries).";

    private static final Map<String, List<String>> SECTORS = Map.ofEntries(
            Map.entry("SSA_01", List.of("Q", "O")),
            Map.entry("SSA_02", List.of("M", "C")),
            Map.entry("SSA_03", List.of("A")),
            Map.entry("SSA_04", List.of("C", "D", "E")),
            Map.entry("SSA_05", List.of("F", "L")),
            Map.entry("SSA_06", List.of("J")),
            Map.entry("SSA_07", List.of("G", "I", "H", "S")),
            Map.entry("SSA_08", List.of("R", "I", "N")),
            Map.entry("SSA_09", List.of("R", "J")),
            Map.entry("SSA_10", List.of("P")),
            Map.entry("SSA_11", List.of("M", "P")),
            Map.entry("SSA_12", List.of("P")),
            Map.entry("SSA_13", List.of("P")),
            Map.entry("SSA_14", List.of()),
            Map.entry("SSA_15", List.of("K", "M", "N", "O")));

    private SubjectSectors() {
    }

    /** The SIC sections the subjects serve, in the subjects' order, each once. */
    static Set<String> of(Iterable<String> subjects) {
        Set<String> sections = new LinkedHashSet<>();
        subjects.forEach(subject -> sections.addAll(SECTORS.getOrDefault(subject, List.of())));
        return sections;
    }
}
