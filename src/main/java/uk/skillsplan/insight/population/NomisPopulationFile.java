package uk.skillsplan.insight.population;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.skillsplan.insight.PopulationIndustryScheme;
import uk.skillsplan.insight.PopulationUnit;
import uk.skillsplan.response.ImportError;
import uk.skillsplan.response.ImportFileReader;

/**
 * Reads a UK Business Counts download exactly as Nomis lays it out: a stack of blocks, one per
 * industry and year, each with its title line (enterprises or local units), copyright line with the
 * download date, one line per fixed dimension ({@code "date",2022}, {@code "industry","3 : ..."}),
 * the header row - found by its content, not its line number - the data rows and two footnotes.
 * Geography comes as {@code type:Name} under an {@code Area} header, or as one type with a
 * {@code mnemonic} (GSS code) column. Keeps the counts of the area's districts only, summing
 * detailed size bands into broad ones and merged districts into their successor; everything else is
 * counted. Nothing is written here.
 */
public final class NomisPopulationFile implements ImportFileReader.Rows {

    private static final Pattern DOWNLOADED = Pattern.compile("\\[from Nomis on (\\d{1,2} [A-Za-z]+ \\d{4})]");
    private static final Pattern GROUP = Pattern.compile("^(\\d{1,2})\\s*:\\s*(.+)$");
    private static final Pattern SECTION = Pattern.compile("^([A-Ua-u])\\s*:\\s*(.+)$");
    private static final Pattern YEAR = Pattern.compile("^(\\d{4})");
    private static final Pattern COUNT = Pattern.compile("^-?\\d+(\\.0+)?$");
    private static final DateTimeFormatter DAY_MONTH_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Districts districts;
    private final String lsipCode;
    private final PopulationErrors errors;

    private PopulationUnit unit;
    private LocalDate downloadedOn;
    private PopulationIndustryScheme scheme;
    private boolean detailedBands;

    // The block being read.
    private Integer year;
    private String industryCode;
    private String industryName;
    private SizeBandColumns bands;
    private int mnemonicColumn = -1;
    private String singleType;
    private int headerRow;

    /** year -> lad -> industry -> band -> businesses */
    private final Map<Key, Integer> counts = new HashMap<>();
    private final Map<String, String> industryNames = new TreeMap<>();
    private final Set<String> blocksSeen = new HashSet<>();
    private final Set<String> sourceRowsSeen = new HashSet<>();
    private final Set<String> outsideEngland = new HashSet<>();
    private final Map<String, Set<String>> otherGeographies = new TreeMap<>();
    private final Set<String> otherAreaDistricts = new HashSet<>();
    private final Set<String> unknownReported = new HashSet<>();
    private final Set<String> mergedReported = new HashSet<>();
    private final List<ImportError> notes = new ArrayList<>();
    private boolean anyBlock;

    record Key(int year, String ladCode, String industryCode, String sizeBand) {
    }

    public NomisPopulationFile(Districts districts, String lsipCode, PopulationErrors errors) {
        this.districts = districts;
        this.lsipCode = lsipCode;
        this.errors = errors;
    }

    @Override
    public void row(int rowNumber, List<String> values) {
        List<String> cells = values.stream().map(v -> v == null ? "" : v.strip()).toList();
        int filled = (int) cells.stream().filter(c -> !c.isEmpty()).count();
        String first = cells.isEmpty() ? "" : cells.getFirst();
        if (filled == 1 && first.startsWith("UK Business Counts")) {
            startBlock(rowNumber, first);
        } else if (filled == 1 && first.contains("[from Nomis on")) {
            readDownloadDate(rowNumber, first);
        } else if (isDimension(first) && filled == 2) {
            bands = null; // a fixed dimension line starts the next block, even without a title line before it
            readDimension(rowNumber, first.toLowerCase(Locale.ROOT), cells.get(1));
        } else if (bands == null && SizeBandColumns.looksLikeHeader(cells)) {
            readHeader(rowNumber, cells);
        } else if (bands != null && cells.size() >= 2 && !first.isEmpty()) {
            readData(rowNumber, cells);
        }
        // Anything else - footnotes, notes before a header - carries no counts.
    }

    private static boolean isDimension(String first) {
        String name = first.toLowerCase(Locale.ROOT);
        return name.equals("date") || name.equals("industry") || name.equals("legal status")
                || name.equals("employment size band") || name.equals("geography");
    }

    private void startBlock(int rowNumber, String title) {
        PopulationUnit found = title.toLowerCase(Locale.ROOT).contains("local units") ? PopulationUnit.LOCAL_UNITS
                : PopulationUnit.ENTERPRISES;
        if (unit != null && unit != found) {
            errors.add(rowNumber, "title", title, "This block counts " + found.label().toLowerCase(Locale.ROOT)
                    + " but the file's first block counts " + unit.label().toLowerCase(Locale.ROOT) + ". Import "
                    + "enterprises and local units as separate files.");
        }
        unit = unit == null ? found : unit;
        year = null;
        industryCode = null;
        industryName = null;
        bands = null;
        mnemonicColumn = -1;
        singleType = null;
        anyBlock = true;
    }

    private void readDownloadDate(int rowNumber, String line) {
        Matcher m = DOWNLOADED.matcher(line);
        if (m.find()) {
            try {
                downloadedOn = LocalDate.parse(m.group(1), DAY_MONTH_YEAR);
            } catch (DateTimeParseException e) {
                // The date is a record for the reader, not a count: an unreadable one is left out.
            }
        }
    }

    private void readDimension(int rowNumber, String name, String value) {
        if (name.equals("date")) {
            Matcher m = YEAR.matcher(value);
            if (m.find()) {
                year = Integer.parseInt(m.group(1));
            } else {
                errors.add(rowNumber, "date", value, "The block's date \"" + value + "\" is not a year. Nomis writes the "
                        + "year of the counts here (for example 2022).");
            }
        } else if (name.equals("industry")) {
            readIndustry(rowNumber, value);
        }
    }

    private void readIndustry(int rowNumber, String value) {
        Matcher group = GROUP.matcher(value);
        Matcher section = SECTION.matcher(value);
        PopulationIndustryScheme found;
        if (group.matches() && Integer.parseInt(group.group(1)) >= 1 && Integer.parseInt(group.group(1)) <= 18) {
            found = PopulationIndustryScheme.BROAD_INDUSTRY_GROUP;
            industryCode = String.valueOf(Integer.parseInt(group.group(1)));
            industryName = shorten(group.group(2).strip());
        } else if (section.matches()) {
            found = PopulationIndustryScheme.SIC_SECTION;
            industryCode = section.group(1).toUpperCase(Locale.ROOT);
            industryName = shorten(section.group(2).strip());
        } else {
            errors.add(rowNumber, "industry", value, "\"" + value + "\" is neither a UK Business Counts broad industry "
                    + "group (\"3 : Manufacturing (C)\") nor a SIC 2007 section (\"C : Manufacturing\"). Download the "
                    + "file from Nomis with one of the two industry classifications.");
            return;
        }
        if (scheme != null && scheme != found) {
            errors.add(rowNumber, "industry", value, "The file mixes broad industry groups and SIC sections. Download "
                    + "it with one of the two industry classifications.");
        }
        scheme = scheme == null ? found : scheme;
        industryNames.putIfAbsent(industryCode, industryName);
    }

    private void readHeader(int rowNumber, List<String> cells) {
        headerRow = rowNumber;
        if (year == null) {
            errors.add(rowNumber, "date", "", "The block whose header is in row " + rowNumber + " has no \"date\" line, "
                    + "so its year is not known. Download the file from Nomis with the date as a fixed dimension.");
        }
        if (industryCode == null) {
            errors.add(rowNumber, "industry", "", "The block whose header is in row " + rowNumber + " has no "
                    + "\"industry\" line. Download the file from Nomis with industry as a fixed dimension.");
        }
        SizeBandColumns.Result result = SizeBandColumns.of(cells);
        if (result.problem() != null) {
            errors.add(rowNumber, "size band", "", result.problem());
            bands = null;
            return;
        }
        bands = result.columns();
        detailedBands = bands.detailed;
        mnemonicColumn = -1;
        for (int i = 1; i < cells.size(); i++) {
            if (cells.get(i).equalsIgnoreCase("mnemonic")) {
                mnemonicColumn = i;
            }
        }
        String geography = cells.getFirst();
        singleType = geography.equalsIgnoreCase("Area") ? null : geography;
        String block = year + "/" + industryCode;
        if (year != null && industryCode != null && !blocksSeen.add(block)) {
            errors.add(rowNumber, "industry", industryName, "The file has " + industryName + " for " + year + " twice. "
                    + "Keep one block per industry and year.");
        }
    }

    private void readData(int rowNumber, List<String> cells) {
        Map<String, Integer> byBand = readCounts(rowNumber, cells);
        String geography = cells.getFirst();
        Districts.Match match;
        String shown;
        if (singleType != null) {
            if (!isDistrictType(singleType)) {
                otherGeographies.computeIfAbsent(singleType, t -> new HashSet<>()).add(geography);
                return;
            }
            String code = mnemonicColumn >= 0 && mnemonicColumn < cells.size() ? cells.get(mnemonicColumn) : "";
            match = code.isEmpty() ? districts.byName(geography) : districts.byCode(code);
            shown = code.isEmpty() ? geography : geography + " (" + code + ")";
        } else {
            int colon = geography.indexOf(':');
            String type = colon < 0 ? "" : geography.substring(0, colon).strip();
            if (!type.equalsIgnoreCase("ladu")) {
                otherGeographies.computeIfAbsent(type.isEmpty() ? "unnamed" : type, t -> new HashSet<>()).add(geography);
                return;
            }
            shown = geography.substring(colon + 1).strip();
            match = districts.byName(shown);
        }
        switch (match.kind()) {
            case OUTSIDE_ENGLAND -> outsideEngland.add(shown);
            case UNKNOWN -> {
                if (unknownReported.add(shown)) {
                    notes.add(new ImportError(rowNumber, cells.size() > 0 ? "geography" : "", PopulationErrors.brief(shown),
                            "\"" + PopulationErrors.brief(shown) + "\" matches no local authority district in England (April 2023 boundaries), nor one "
                            + "outside England; its row is not imported. Check the district's name or code."));
                }
            }
            case ENGLAND, MERGED -> {
                if (!lsipCode.equals(match.district().lsipCode())) {
                    otherAreaDistricts.add(match.district().ladCode());
                    return;
                }
                if (match.kind() == Districts.Kind.MERGED && mergedReported.add(shown)) {
                    notes.add(new ImportError(rowNumber, "geography", shown, match.note()));
                }
                if (year != null && industryCode != null && !sourceRowsSeen.add(year + "/" + industryCode + "/" + shown)) {
                    errors.add(rowNumber, "geography", shown, PopulationErrors.brief(shown) + " appears twice in the block of " + industryName
                            + " for " + year + ". Keep one row per district.");
                    return;
                }
                if (byBand != null && year != null && industryCode != null) {
                    byBand.forEach((band, n) -> counts.merge(new Key(year, match.district().ladCode(), industryCode, band),
                            n, Integer::sum));
                }
            }
        }
    }

    private static String shorten(String name) {
        return name.length() <= 120 ? name : name.substring(0, 120);
    }

    private static boolean isDistrictType(String header) {
        String type = header.toLowerCase(Locale.ROOT);
        return type.startsWith("local authority: district") || type.startsWith("ladu")
                || type.startsWith("local authority district");
    }

    /** The row's counts by broad band, or null when one of them is not a count (each problem reported). */
    private Map<String, Integer> readCounts(int rowNumber, List<String> cells) {
        Map<String, Integer> byBand = new HashMap<>();
        boolean ok = true;
        for (Map.Entry<Integer, String> column : bands.bands.entrySet()) {
            int index = column.getKey();
            String value = index < cells.size() ? cells.get(index) : "";
            String header = headerName(index);
            if (value.isEmpty()) {
                errors.add(rowNumber, header, "", "The count for " + header + " is missing. Every size band needs a "
                        + "count (Nomis writes 0 where there are none).");
                ok = false;
            } else if (!COUNT.matcher(value.replace(",", "")).matches()) {
                errors.add(rowNumber, header, value, "\"" + value + "\" is not a count of businesses. Counts are whole "
                        + "numbers such as 1025.");
                ok = false;
            } else {
                long n = Math.round(Double.parseDouble(value.replace(",", "")));
                if (n < 0 || n > Integer.MAX_VALUE) {
                    errors.add(rowNumber, header, value, n < 0 ? "A count of businesses cannot be negative."
                            : "The count is larger than any count of businesses.");
                    ok = false;
                } else {
                    byBand.merge(column.getValue(), (int) n, Integer::sum);
                }
            }
        }
        return ok ? byBand : null;
    }

    private String headerName(int index) {
        return "size band " + bands.bands.get(index) + " (column " + (index + 1) + ")";
    }

    /** Whether the file held at least one Nomis block (a title line) and one header row. */
    boolean recognised() {
        return anyBlock && headerRow > 0;
    }

    PopulationUnit unit() {
        return unit == null ? PopulationUnit.ENTERPRISES : unit;
    }

    LocalDate downloadedOn() {
        return downloadedOn;
    }

    PopulationIndustryScheme scheme() {
        return scheme == null ? PopulationIndustryScheme.BROAD_INDUSTRY_GROUP : scheme;
    }

    boolean detailedBands() {
        return detailedBands;
    }

    Map<Key, Integer> counts() {
        return counts;
    }

    Map<String, String> industryNames() {
        return industryNames;
    }

    List<ImportError> notes() {
        return notes;
    }

    int outsideEngland() {
        return outsideEngland.size();
    }

    Map<String, Integer> otherGeographies() {
        Map<String, Integer> counted = new TreeMap<>();
        otherGeographies.forEach((type, names) -> counted.put(type, names.size()));
        return counted;
    }

    int otherAreaDistricts() {
        return otherAreaDistricts.size();
    }
}
