package uk.skillsplan.insight.provision;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The sector subject areas, tier 1, by the names DfE and Ofqual use: "Information and Communication
 * Technology" was renamed "Digital Technology" by Ofqual and both are accepted; DfE adds "Not
 * Applicable/ Not Known". Names are compared without case, spaces or punctuation, and a leading
 * number ("06 ", "6. ") is ignored.
 */
public final class SectorSubjectAreas {

    static final String TOTAL = "Total";
    static final List<String> NAMES = List.of("Health, Public Services and Care", "Science and Mathematics",
            "Agriculture, Horticulture and Animal Care", "Engineering and Manufacturing Technologies",
            "Construction, Planning and the Built Environment", "Information and Communication Technology",
            "Retail and Commercial Enterprise", "Leisure, Travel and Tourism", "Arts, Media and Publishing",
            "History, Philosophy and Theology", "Social Sciences", "Languages, Literature and Culture",
            "Education and Training", "Preparation for Life and Work", "Business, Administration and Law",
            "Not Applicable/ Not Known");

    private static final Map<String, String> BY_KEY = new LinkedHashMap<>();

    static {
        NAMES.forEach(name -> BY_KEY.put(key(name), name));
        BY_KEY.put(key("Digital Technology"), "Information and Communication Technology");
        BY_KEY.put(key("Information and Communication Technology (Digital Technology)"), "Information and Communication Technology");
        BY_KEY.put(key("Not applicable/not known"), "Not Applicable/ Not Known");
        BY_KEY.put(key("Total"), TOTAL);
        BY_KEY.put(key("All subject areas"), TOTAL);
    }

    private SectorSubjectAreas() {
    }

    /** The code of a subject area ({@code SSA_06}) for any accepted spelling of its name, or empty (also for Total and Not known). */
    public static Optional<String> code(String text) {
        return find(text).map(NAMES::indexOf).filter(i -> i >= 0 && i < 15).map(i -> String.format("SSA_%02d", i + 1));
    }

    /** The name of a subject area by its code ({@code SSA_06}). */
    public static String name(String code) {
        return NAMES.get(Integer.parseInt(code.substring(4)) - 1);
    }

    static Optional<String> find(String text) {
        String withoutNumber = text.strip().replaceFirst("^\\d{1,2}[.:]?\\s+", "");
        return Optional.ofNullable(BY_KEY.get(key(withoutNumber)));
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replace("&", "and").replaceAll("[^a-z]", "");
    }
}
