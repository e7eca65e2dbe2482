package uk.skillsplan.insight.provision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import uk.skillsplan.directory.LsipArea;
import uk.skillsplan.insight.ProvisionFigure;
import uk.skillsplan.insight.population.Districts;
import uk.skillsplan.insight.population.PopulationErrors;
import uk.skillsplan.response.ImportFileReader;

/**
 * Reads a DfE further-education file as Explore Education Statistics publishes it (tidy CSV:
 * geography columns, {@code time_period}, filters, indicators) for one LSIP area: the district rows
 * of the area's districts (merged districts summed into their April 2023 successor) and the area's
 * own LSIP-level rows where the file has them. The byte-order mark, spellings of geographic levels,
 * drifting column names and trailing spaces are accepted; symbols ({@code c}, {@code low}, {@code x},
 * {@code z}, {@code ~}, {@code :}) are kept as symbols, never read as zeros. Nothing is written here.
 */
public final class EesProvisionFile implements ImportFileReader.Rows {

    static final Set<String> SYMBOLS = Set.of("c", "low", "x", "z", "~", ":", "u");
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(\\.\\d+)?$");

    private final Districts districts;
    private final LsipArea area;
    private final PopulationErrors errors;
    private EesColumns columns;
    private int levelColumn;
    private int periodColumn;
    private int districtCode;
    private int districtName;
    private int lsipCode;
    private int lsipName;
    private boolean headerUsable;

    private final Map<FigureKey, Sum> sums = new LinkedHashMap<>();
    private final Set<String> sourcesSeen = new HashSet<>();
    private final Map<String, Integer> otherLevels = new TreeMap<>();
    private final Set<String> otherAreaDistricts = new HashSet<>();
    private final Set<String> outsideEngland = new TreeSet<>();
    private final List<String> notes = new ArrayList<>();
    private final Set<String> merged = new TreeSet<>();
    private int breakdownRows;

    record FigureKey(String period, String geographyLevel, String code, String subject, String level, String measure) {
    }

    /** Numbers and symbols found for one figure: one row, or several districts merged into one. */
    static final class Sum {
        long amount;
        boolean anyNumber;
        final Set<String> symbols = new TreeSet<>();

        void add(Long number, String symbol) {
            if (number != null) {
                amount += number;
                anyNumber = true;
            } else {
                symbols.add(symbol);
            }
        }

        void add(Sum other) {
            amount += other.amount;
            anyNumber |= other.anyNumber;
            symbols.addAll(other.symbols);
        }

        ProvisionFigure figure(String geographyLevel, String code, String subject, String level, String measure) {
            if (anyNumber) {
                boolean incomplete = symbols.stream().anyMatch(s -> !s.equals("z"));
                return new ProvisionFigure(geographyLevel, code, subject, level, measure, amount, null, incomplete);
            }
            String symbol = symbols.size() == 1 ? symbols.iterator().next() : "c";
            return new ProvisionFigure(geographyLevel, code, subject, level, measure, null, symbol, false);
        }
    }

    public EesProvisionFile(Districts districts, LsipArea area, PopulationErrors errors) {
        this.districts = districts;
        this.area = area;
        this.errors = errors;
    }

    @Override
    public void row(int rowNumber, List<String> values) {
        if (columns == null) {
            readHeader(rowNumber, values);
        } else if (headerUsable) {
            readRow(rowNumber, values);
        }
    }

    private void readHeader(int rowNumber, List<String> header) {
        columns = new EesColumns(header);
        levelColumn = columns.first("geographic_level");
        periodColumn = columns.first("time_period");
        districtCode = columns.first("lad_code", "location_code");
        districtName = columns.first("lad_name", "location");
        lsipCode = columns.first("lsip_code", "location_code");
        lsipName = columns.first("lsip_name", "location");
        List<String> missing = new ArrayList<>();
        if (levelColumn < 0) {
            missing.add("geographic_level");
        }
        if (periodColumn < 0) {
            missing.add("time_period");
        }
        if (districtCode < 0 && lsipCode < 0) {
            missing.add("lad_code or lsip_code (or location_code)");
        }
        if (columns.measures.isEmpty()) {
            missing.add("count column (such as e_and_t_aims_ach, starts, participation or learner_achievements)");
        }
        if (!missing.isEmpty()) {
            errors.add(rowNumber, "", "", "The first row must name the columns of an Explore Education Statistics file; "
                    + "it has no " + String.join(", no ", missing) + ". Download the file from Explore Education "
                    + "Statistics (\"Download data\" or the table tool's CSV) and upload it as it is.");
        }
        headerUsable = missing.isEmpty();
    }

    private void readRow(int rowNumber, List<String> row) {
        String level = value(row, levelColumn);
        String levelKey = level.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        boolean district = levelKey.equals("localauthoritydistrict") || levelKey.equals("lad");
        boolean lsip = levelKey.startsWith("localskillsimprovementplan") || levelKey.equals("lsip");
        if (!district && !lsip) {
            otherLevels.merge(level.isEmpty() ? "(blank)" : level, 1, Integer::sum);
            return;
        }
        for (int filter : columns.filters) {
            String value = value(row, filter).toLowerCase(Locale.ROOT);
            if (!value.equals("total") && !value.startsWith("all ")) {
                breakdownRows++;
                return;
            }
        }
        String period = value(row, periodColumn);
        if (!period.matches("\\d{4}(\\d{2})?")) {
            errors.add(rowNumber, columns.names.get(periodColumn), period, "\"" + period + "\" is not a time period as "
                    + "DfE writes it (an academic year such as 202122, or a year such as 2022).");
            return;
        }
        String subject = SectorSubjectAreas.TOTAL;
        if (columns.subject >= 0) {
            String text = value(row, columns.subject);
            var found = SectorSubjectAreas.find(text);
            if (found.isEmpty()) {
                errors.add(rowNumber, columns.names.get(columns.subject), text, "\"" + text + "\" is not a sector "
                        + "subject area (tier 1). Use the names DfE publishes, such as \"Engineering and Manufacturing "
                        + "Technologies\".");
                return;
            }
            subject = found.get();
        }
        String learningLevel = columns.level >= 0 ? value(row, columns.level) : "Total";
        learningLevel = learningLevel.isEmpty() ? "Total" : learningLevel.length() > 120 ? learningLevel.substring(0, 120)
                : learningLevel;
        String code = district ? districtCode(rowNumber, row) : areaRow(row);
        if (code == null) {
            return;
        }
        String geographyLevel = district ? "DISTRICT" : "AREA";
        String source = district ? value(row, districtCode) : code;
        for (Map.Entry<Integer, String> measure : columns.measures.entrySet()) {
            String text = value(row, measure.getKey());
            Long number = null;
            String symbol = null;
            String plain = text.replace(",", "");
            if (SYMBOLS.contains(text.toLowerCase(Locale.ROOT))) {
                symbol = text.toLowerCase(Locale.ROOT);
            } else if (NUMBER.matcher(plain).matches()) {
                number = Math.round(Double.parseDouble(plain));
                if (number < 0) {
                    errors.add(rowNumber, columns.names.get(measure.getKey()), text, "A count cannot be negative.");
                    continue;
                }
            } else {
                errors.add(rowNumber, columns.names.get(measure.getKey()), text, text.isEmpty()
                        ? "The value is missing. DfE files write a number or a symbol (c, low, x, z) in every cell."
                        : "\"" + text + "\" is neither a number nor one of DfE's symbols (c, low, x, z, ~, :).");
                continue;
            }
            if (!sourcesSeen.add(period + "|" + geographyLevel + "|" + source + "|" + subject + "|" + learningLevel + "|"
                    + measure.getValue())) {
                errors.add(rowNumber, columns.names.get(measure.getKey()), text, "The file has this figure twice ("
                        + (district ? value(row, districtName) : area.name()) + ", " + subject + ", " + learningLevel
                        + "). Keep one row per geography, subject and level.");
                continue;
            }
            sums.computeIfAbsent(new FigureKey(period, geographyLevel, code, subject, learningLevel, measure.getValue()),
                    k -> new Sum()).add(number, symbol);
        }
    }

    /** The area's district code for a district row, or null when the row is of another area, outside England or unknown. */
    private String districtCode(int rowNumber, List<String> row) {
        String code = value(row, districtCode);
        String name = value(row, districtName);
        if (SYMBOLS.contains(code.toLowerCase(Locale.ROOT))) {
            outsideEngland.add(name.isEmpty() ? code : name); // DfE's "Outside of England and unknown", code z
            return null;
        }
        Districts.Match match = code.isEmpty() ? districts.byName(name) : districts.byCode(code);
        switch (match.kind()) {
            case OUTSIDE_ENGLAND -> {
                outsideEngland.add(name.isEmpty() ? code : name);
                return null;
            }
            case UNKNOWN -> {
                String shown = name.isEmpty() ? code : name + " (" + code + ")";
                if (notes.size() < 100 && notes.stream().noneMatch(n -> n.contains("\"" + shown + "\""))) {
                    notes.add("Row " + rowNumber + ": \"" + shown + "\" matches no local authority district in England "
                            + "(April 2023 boundaries); its rows are not imported.");
                }
                return null;
            }
            default -> {
                if (!area.code().equals(match.district().lsipCode())) {
                    otherAreaDistricts.add(match.district().ladCode());
                    return null;
                }
                if (match.kind() == Districts.Kind.MERGED) {
                    merged.add(match.note());
                }
                return match.district().ladCode();
            }
        }
    }

    /** The area's code for an LSIP-level row of this area, or null for another area's row. */
    private String areaRow(List<String> row) {
        String code = value(row, lsipCode);
        String name = value(row, lsipName);
        boolean ours = code.equalsIgnoreCase(area.code()) || name.equalsIgnoreCase(area.name())
                || area.name2025() != null && name.equalsIgnoreCase(area.name2025());
        return ours ? area.code() : null;
    }

    /** A cell without surrounding spaces (DfE's own lists carry trailing ones); "" past the end of a short row. */
    private static String value(List<String> row, int index) {
        return index >= 0 && index < row.size() && row.get(index) != null ? row.get(index).replace("\uFEFF", "").strip() : "";
    }

    /** The latest time period with figures for the area, or null. */
    String latestPeriod() {
        return sums.keySet().stream().map(FigureKey::period).max(String::compareTo).orElse(null);
    }

    /** Whether the file had the area's own LSIP-level rows for the period (otherwise its districts are summed). */
    boolean hasAreaLevel(String period) {
        return sums.keySet().stream().anyMatch(k -> k.period().equals(period) && k.geographyLevel().equals("AREA"));
    }

    /** The period's figures: every district's, and the area's (its own rows, or the sum of its districts). */
    List<ProvisionFigure> figures(String period) {
        List<ProvisionFigure> figures = new ArrayList<>();
        Map<List<String>, Sum> areaSums = new LinkedHashMap<>();
        boolean areaLevel = hasAreaLevel(period);
        sums.forEach((key, sum) -> {
            if (!key.period().equals(period)) {
                return;
            }
            figures.add(sum.figure(key.geographyLevel(), key.code(), key.subject(), key.level(), key.measure()));
            if (!areaLevel && key.geographyLevel().equals("DISTRICT")) {
                areaSums.computeIfAbsent(List.of(key.subject(), key.level(), key.measure()), k -> new Sum()).add(sum);
            }
        });
        areaSums.forEach((k, sum) -> figures.add(sum.figure("AREA", area.code(), k.get(0), k.get(1), k.get(2))));
        return figures;
    }

    boolean headerUsable() {
        return headerUsable;
    }

    String layout() {
        if (columns.index.containsKey("lsip_code")) {
            return "FE participation and achievement by LSIP area and district";
        }
        return columns.subject >= 0 ? "FE achievements by sector subject area and district" : "Explore Education Statistics";
    }

    /** What was skipped, said for the person importing. */
    List<String> notes() {
        List<String> said = new ArrayList<>(merged);
        if (!outsideEngland.isEmpty()) {
            said.add(outsideEngland.size() + (outsideEngland.size() == 1 ? " district" : " districts")
                    + " outside England (or unknown) skipped.");
        }
        if (!otherAreaDistricts.isEmpty()) {
            said.add(otherAreaDistricts.size() + (otherAreaDistricts.size() == 1 ? " district" : " districts")
                    + " of other LSIP areas skipped.");
        }
        otherLevels.forEach((level, n) -> said.add(n + " rows at the level \"" + level + "\" skipped."));
        if (breakdownRows > 0) {
            said.add(breakdownRows + " rows broken down by other filters (not \"Total\") skipped.");
        }
        said.addAll(notes);
        return said;
    }
}
