package uk.skillsplan.insight.population;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.skillsplan.directory.LocalAuthority;

/**
 * Finds a publisher's district - by GSS code or by name - in the directory's English districts
 * (April 2023 boundaries). Districts merged in April 2023 are mapped to their successor; districts of
 * Wales, Scotland and Northern Ireland are recognised (by code prefix, or by the names Nomis uses) so
 * that they are skipped and counted rather than reported as unknown. Names are compared in a
 * normal form: case, accents, punctuation, "&" for "and" and ONS's "X, City of" / "County of X" forms
 * do not matter.
 */
public final class Districts {

    /** What a district in a file turned out to be. */
    public enum Kind { ENGLAND, MERGED, OUTSIDE_ENGLAND, UNKNOWN }

    /** The district found: for ENGLAND and MERGED, the directory's district (the successor for a merged one). */
    public record Match(Kind kind, LocalAuthority district, String note) {
    }

    private final Map<String, LocalAuthority> byCode = new HashMap<>();
    private final Map<String, LocalAuthority> byName = new HashMap<>();
    private final Map<String, String> mergedByCode = new HashMap<>();
    private final Map<String, String> mergedByName = new HashMap<>();
    private final Map<String, String> oldNames = new HashMap<>();
    private final Set<String> outsideEngland = new HashSet<>();

    public Districts(List<LocalAuthority> english) {
        for (LocalAuthority district : english) {
            byCode.put(district.ladCode(), district);
            byName.put(key(district.name()), district);
        }
        for (CSVRecord row : read("districts_merged_2023.csv")) {
            mergedByCode.put(row.get("old_lad_code"), row.get("successor_lad_code"));
            oldNames.put(row.get("old_lad_code"), row.get("old_name"));
            mergedByName.put(key(row.get("old_name")), row.get("successor_lad_code"));
        }
        for (CSVRecord row : read("districts_outside_england.csv")) {
            outsideEngland.add(key(row.get("name")));
        }
    }

    public Match byCode(String code) {
        String gss = code.strip().toUpperCase(Locale.ROOT);
        LocalAuthority district = byCode.get(gss);
        if (district != null) {
            return new Match(Kind.ENGLAND, district, null);
        }
        String successor = mergedByCode.get(gss);
        if (successor != null && byCode.containsKey(successor)) {
            return merged(oldNames.get(gss) + " (" + gss + ")", byCode.get(successor));
        }
        if (gss.startsWith("W") || gss.startsWith("S") || gss.startsWith("N")) {
            return new Match(Kind.OUTSIDE_ENGLAND, null, null);
        }
        return new Match(Kind.UNKNOWN, null, null);
    }

    public Match byName(String name) {
        String key = key(name);
        LocalAuthority district = byName.get(key);
        if (district != null) {
            return new Match(Kind.ENGLAND, district, null);
        }
        String successor = mergedByName.get(key);
        if (successor != null && byCode.containsKey(successor)) {
            return merged(name.strip(), byCode.get(successor));
        }
        if (outsideEngland.contains(key)) {
            return new Match(Kind.OUTSIDE_ENGLAND, null, null);
        }
        return new Match(Kind.UNKNOWN, null, null);
    }

    private static Match merged(String old, LocalAuthority successor) {
        return new Match(Kind.MERGED, successor, old + " was merged into " + successor.name() + " in April 2023; its "
                + "figures are counted in " + successor.name() + ".");
    }

    /** A name's normal form: "Kingston upon Hull, City of" and "Kingston Upon Hull" give the same key. */
    static String key(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replace("&", " and ");
        plain = plain.replaceAll(",\\s*(city|county) of\\s*$", "").replaceAll("^(city|county) of\\s+", "");
        return plain.replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static List<CSVRecord> read(String file) {
        try (Reader reader = new InputStreamReader(Districts.class.getResourceAsStream("/reference/" + file),
                StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
