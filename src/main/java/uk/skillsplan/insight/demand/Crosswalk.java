package uk.skillsplan.insight.demand;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import uk.skillsplan.insight.CrosswalkEntry;

/**
 * The shipped crosswalk from demand to sector subject areas ({@value #FILE}): SOC 2020 sub-major
 * groups and SIC 2007 sections, each with the share of its demand that goes to each subject area.
 * Read from the classpath, never from outside the application. SOC 2020 major groups (the rows of
 * the employers' workforce grid) are derived here: each sub-major group of the major group counts
 * equally, so a major group's share for a subject area is the mean of its sub-major groups' shares.
 */
public final class Crosswalk {

    public static final String FILE = "reference/demand_ssa_crosswalk.csv";
    public static final String SOC_SUBMAJOR = "SOC2020_SUBMAJOR";
    public static final String SOC_MAJOR = "SOC2020_MAJOR";
    public static final String SIC_SECTION = "SIC2007_SECTION";

    private static final List<CrosswalkEntry> ENTRIES = read();

    private Crosswalk() {
    }

    /** The file's rows, in its order. */
    public static List<CrosswalkEntry> entries() {
        return ENTRIES;
    }

    /** The file's rows and the derived SOC major group rows, as the database holds them. */
    public static List<CrosswalkEntry> withMajorGroups() {
        List<CrosswalkEntry> all = new ArrayList<>(ENTRIES);
        Map<String, Integer> subMajors = new LinkedHashMap<>();
        ENTRIES.stream().filter(e -> e.scheme().equals(SOC_SUBMAJOR)).map(CrosswalkEntry::code).distinct()
                .forEach(code -> subMajors.merge(code.substring(0, 1), 1, Integer::sum));
        Map<List<String>, Double> major = new LinkedHashMap<>();
        Map<List<String>, String> names = new LinkedHashMap<>();
        for (CrosswalkEntry e : ENTRIES) {
            if (e.scheme().equals(SOC_SUBMAJOR)) {
                String group = e.code().substring(0, 1);
                List<String> key = List.of(group, e.ssaCode());
                major.merge(key, e.share() / subMajors.get(group), Double::sum);
                names.put(key, e.ssaName());
            }
        }
        major.forEach((key, share) -> all.add(new CrosswalkEntry(SOC_MAJOR, key.get(0), "SOC 2020 major group " + key.get(0),
                key.get(1), names.get(key), share, "The mean of the major group's sub-major groups")));
        return all;
    }

    private static List<CrosswalkEntry> read() {
        try (Reader reader = new InputStreamReader(new ClassPathResource(FILE).getInputStream(), StandardCharsets.UTF_8)) {
            List<CrosswalkEntry> entries = new ArrayList<>();
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                entries.add(new CrosswalkEntry(row.get("scheme"), row.get("code"), row.get("name"), row.get("ssa_code"),
                        row.get("ssa_name"), Double.parseDouble(row.get("share")), row.get("reason")));
            }
            return List.copyOf(entries);
        } catch (IOException e) {
            throw new UncheckedIOException("The demand crosswalk " + FILE + " cannot be read.", e);
        }
    }
}
