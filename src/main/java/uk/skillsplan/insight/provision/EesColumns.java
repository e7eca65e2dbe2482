package uk.skillsplan.insight.provision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The columns of an Explore Education Statistics file, found by name. Names drift between files
 * and years ({@code ssa_t1_desc} here, {@code ssa_tier_1} there; {@code location_code} in table-tool
 * downloads, {@code lad_code} in the data files), so each role has its accepted spellings. Columns
 * that are neither geography, time, subject, level nor a measure are filters: only their
 * {@code Total} rows are kept.
 */
final class EesColumns {

    static final Set<String> GEOGRAPHY = Set.of("country_code", "country_name", "region_code", "region_name",
            "new_la_code", "old_la_code", "la_name", "lad_code", "lad_name", "pcon_code", "pcon_name",
            "english_devolved_area_code", "english_devolved_area_name", "local_enterprise_partnership_code",
            "local_enterprise_partnership_name", "lsip_code", "lsip_name", "location", "location_code",
            "geographic_level", "time_period", "time_identifier", "opportunity_area_code", "opportunity_area_name",
            "mayoral_combined_authority_code", "mayoral_combined_authority_name");
    private static final List<String> SUBJECT = List.of("ssa_t1_desc", "ssa_tier_1", "ssa_t1", "ssa_tier_1_desc",
            "sector_subject_area_tier_1", "ssa_tier1", "sector_subject_area");
    private static final List<String> LEVEL = List.of("notional_nvq_level", "level_or_type", "level");
    /** Counts that can be summed over districts, by the name stored. */
    private static final Map<String, String> MEASURES = new LinkedHashMap<>();

    static {
        MEASURES.put("e_and_t_aims_ach", "achievements");
        MEASURES.put("e_and_t_aims_achievements", "achievements");
        MEASURES.put("aims_achievements", "achievements");
        MEASURES.put("achievements", "achievements");
        MEASURES.put("starts", "starts");
        MEASURES.put("participation", "participation");
        MEASURES.put("learner_participation", "participation");
        MEASURES.put("learner_achievements", "learner_achievements");
        MEASURES.put("enrolments", "enrolments");
    }

    final Map<String, Integer> index = new LinkedHashMap<>();
    final Map<Integer, String> measures = new LinkedHashMap<>();
    final List<Integer> filters = new ArrayList<>();
    final List<String> names;
    int subject = -1;
    int level = -1;

    EesColumns(List<String> header) {
        names = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normal(header.get(i));
            names.add(name);
            index.putIfAbsent(name, i);
        }
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.isEmpty() || GEOGRAPHY.contains(name)) {
                continue;
            }
            if (subject < 0 && SUBJECT.contains(name)) {
                subject = i;
            } else if (level < 0 && LEVEL.contains(name)) {
                level = i;
            } else if (MEASURES.containsKey(name)) {
                measures.put(i, MEASURES.get(name));
            } else if (!name.contains("rate") && !name.contains("population") && !name.contains("percent")) {
                filters.add(i);
            }
        }
    }

    /** The first of the names that the header has, or -1. */
    int first(String... candidates) {
        for (String candidate : candidates) {
            Integer found = index.get(candidate);
            if (found != null) {
                return found;
            }
        }
        return -1;
    }

    /** A header's name without byte-order mark, case, surrounding or inner spaces. */
    static String normal(String name) {
        return name == null ? "" : name.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "_");
    }
}
