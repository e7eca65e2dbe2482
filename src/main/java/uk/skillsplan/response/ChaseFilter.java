package uk.skillsplan.response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import uk.skillsplan.directory.SizeBand;

/**
 * Narrows a round's chase list to some organisations: those in any of the SIC sections (none: any
 * section), of one size band and in one local authority (each {@code null}: any). Travels in the
 * chase list's address as {@code ?sic=G&sic=H&size=micro&lad=E08000035}, so that other pages (the
 * coverage page) can link to it.
 */
public record ChaseFilter(Set<String> sicSections, String sizeBand, String ladCode) {

    public static final ChaseFilter NONE = new ChaseFilter(Set.of(), null, null);
    private static final Pattern SECTION = Pattern.compile("[A-U]");
    private static final Pattern LAD = Pattern.compile("[EWSN]\\d{8}");

    /** Refuses values that could not be a SIC section, size band or local authority code. */
    public ChaseFilter {
        sicSections = sicSections == null ? Set.of() : Set.copyOf(new TreeSet<>(sicSections));
        for (String section : sicSections) {
            if (!SECTION.matcher(section).matches()) {
                throw new IllegalArgumentException("Not a SIC 2007 section: " + section);
            }
        }
        if (sizeBand != null) {
            sizeBand = SizeBand.fromCode(sizeBand).code();
        }
        if (ladCode != null && !LAD.matcher(ladCode).matches()) {
            throw new IllegalArgumentException("Not a local authority code: " + ladCode);
        }
    }

    /** Reads the address's query parameters; anything that is not a valid filter throws {@link IllegalArgumentException}. */
    public static ChaseFilter fromParameters(Map<String, List<String>> parameters) {
        return new ChaseFilter(new TreeSet<>(parameters.getOrDefault("sic", List.of())), single(parameters, "size"),
                single(parameters, "lad"));
    }

    public boolean isEmpty() {
        return sicSections.isEmpty() && sizeBand == null && ladCode == null;
    }

    /** The sections in alphabetical order (for SQL and the address). */
    public List<String> sortedSections() {
        return List.copyOf(new TreeSet<>(sicSections));
    }

    /** The query string (without "?") that {@link #fromParameters} reads back; empty for {@link #NONE}. */
    public String queryString() {
        List<String> parts = new ArrayList<>();
        sortedSections().forEach(s -> parts.add("sic=" + s));
        if (sizeBand != null) {
            parts.add("size=" + URLEncoder.encode(sizeBand, StandardCharsets.UTF_8));
        }
        if (ladCode != null) {
            parts.add("lad=" + ladCode);
        }
        return String.join("&", parts);
    }

    private static String single(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.getOrDefault(name, List.of());
        if (values.size() > 1) {
            throw new IllegalArgumentException("More than one " + name + " given.");
        }
        return values.isEmpty() || values.getFirst().isBlank() ? null : values.getFirst();
    }
}
