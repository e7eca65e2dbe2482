package uk.skillsplan.insight;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Builds UK Business Counts files in the layout Nomis gives them (see DATA.md): a stack of blocks,
 * one per year and industry, each with the title, copyright and download date, the fixed dimensions,
 * the header row, the data rows and two footnotes; CSV (strings quoted, numbers bare, as Nomis writes
 * them) or XLSX. Counts are made up but deterministic: {@link #count} says what each cell holds.
 */
public final class NomisFile {

    /** A geography row: {@code name} as the file writes it ("ladu:Leeds" or "Leeds"), and its GSS code for the mnemonic layout. */
    public record Place(String name, String code) {
    }

    public static final List<String> BROAD_GROUPS = List.of("1 : Agriculture, forestry & fishing (A)",
            "2 : Mining, quarrying & utilities (B,D and E)", "3 : Manufacturing (C)", "4 : Construction (F)",
            "5 : Motor trades (Part G)", "6 : Wholesale (Part G)", "7 : Retail (Part G)",
            "8 : Transport & storage (inc postal) (H)", "9 : Accommodation & food services (I)",
            "10 : Information & communication (J)", "11 : Financial & insurance (K)", "12 : Property (L)",
            "13 : Professional, scientific & technical (M)", "14 : Business administration & support services (N)",
            "15 : Public administration & defence (O)", "16 : Education (P)", "17 : Health (Q)",
            "18 : Arts, entertainment, recreation & other services (R,S,T and U)");
    public static final List<String> SECTIONS = List.of("A : Agriculture, forestry and fishing", "B : Mining and quarrying",
            "C : Manufacturing", "F : Construction", "G : Wholesale and retail trade; repair of motor vehicles and motorcycles");
    public static final List<String> BROAD_BANDS = List.of("Micro (0 to 9)", "Small (10 to 49)", "Medium-sized (50 to 249)",
            "Large (250+)");
    public static final List<String> DETAILED_BANDS = List.of("0 to 4", "5 to 9", "10 to 19", "20 to 49", "50 to 99",
            "100 to 249", "250 to 499", "500 to 999", "1000+");

    private String unit = "enterprises";
    private List<Integer> years = List.of(2022);
    private List<String> industries = BROAD_GROUPS;
    private List<String> bands = BROAD_BANDS;
    private boolean mnemonic;
    private List<Place> places = new ArrayList<>();
    /** Replaces one cell: [place name, band index, text]. */
    private final List<String[]> overrides = new ArrayList<>();

    public NomisFile localUnits() {
        unit = "local units";
        return this;
    }

    public NomisFile years(Integer... years) {
        this.years = List.of(years);
        return this;
    }

    public NomisFile industries(List<String> industries) {
        this.industries = industries;
        return this;
    }

    public NomisFile bands(List<String> bands) {
        this.bands = bands;
        return this;
    }

    /** One geography type with a {@code mnemonic} (GSS code) column, instead of {@code Area} with type prefixes. */
    public NomisFile mnemonic() {
        mnemonic = true;
        return this;
    }

    public NomisFile place(String name, String code) {
        places.add(new Place(name, code));
        return this;
    }

    /** Writes {@code text} instead of the count of {@code place}'s band {@code band} (0-based) in every block. */
    public NomisFile cell(String place, int band, String text) {
        overrides.add(new String[] {place, String.valueOf(band), text});
        return this;
    }

    /** The count each block holds for a place (by its position), industry, year and band: made up, deterministic, a multiple of 5. */
    public static int count(int place, int industry, int year, int band) {
        return 5 * ((place * 31 + industry * 17 + year * 7 + band * 13) % 40) + (band == 0 ? 100 : 0);
    }

    public List<List<Object>> rows() {
        List<List<Object>> rows = new ArrayList<>();
        for (int year : years) {
            for (int i = 0; i < industries.size(); i++) {
                rows.add(List.of("UK Business Counts - " + unit + " by industry and employment size band"));
                rows.add(List.of("ONS Crown Copyright Reserved [from Nomis on 24 April 2023]"));
                rows.add(List.of());
                rows.add(List.of("date", year));
                rows.add(List.of("industry", industries.get(i)));
                rows.add(List.of("legal status", "Total"));
                rows.add(List.of());
                List<Object> header = new ArrayList<>();
                header.add(mnemonic ? "local authority: district / unitary (as of April 2023)" : "Area");
                if (mnemonic) {
                    header.add("mnemonic");
                }
                header.add("Total");
                header.addAll(bands);
                rows.add(header);
                for (int p = 0; p < places.size(); p++) {
                    Place place = places.get(p);
                    List<Object> row = new ArrayList<>();
                    row.add(place.name());
                    if (mnemonic) {
                        row.add(place.code());
                    }
                    List<Object> values = new ArrayList<>();
                    int total = 0;
                    for (int b = 0; b < bands.size(); b++) {
                        int n = count(p, i, year, b);
                        total += n;
                        values.add(n);
                    }
                    for (String[] override : overrides) {
                        if (override[0].equals(place.name())) {
                            values.set(Integer.parseInt(override[1]), override[2]);
                        }
                    }
                    row.add(total);
                    row.addAll(values);
                    rows.add(row);
                }
                rows.add(List.of());
                rows.add(List.of("All figures are rounded to avoid disclosure. Values may be rounded down to zero and so "
                        + "all zeros are not necessarily true zeros."));
                rows.add(List.of("In 2015, ONS extended the coverage of businesses to include a population of solely PAYE "
                        + "based businesses."));
            }
        }
        return rows;
    }

    public byte[] csv() {
        return csv("");
    }

    /** With a byte-order mark, as Excel's "CSV UTF-8" writes it. */
    public byte[] csvWithByteOrderMark() {
        return csv("\uFEFF");
    }

    private byte[] csv(String start) {
        StringBuilder text = new StringBuilder(start);
        for (List<Object> row : rows()) {
            for (int c = 0; c < row.size(); c++) {
                Object value = row.get(c);
                text.append(c == 0 ? "" : ",");
                text.append(value instanceof Number ? value.toString() : "\"" + value.toString().replace("\"", "\"\"") + "\"");
            }
            text.append("\r\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] xlsx() {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(100); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Data");
            List<List<Object>> rows = rows();
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
