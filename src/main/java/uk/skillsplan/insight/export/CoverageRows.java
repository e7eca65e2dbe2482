package uk.skillsplan.insight.export;

import java.util.ArrayList;
import java.util.List;
import uk.skillsplan.base.Spreadsheet;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.PopulationCoverage;
import uk.skillsplan.insight.PopulationCoverageCell;

/**
 * The coverage table as downloaded: one row per industry x size band cell, with the businesses (ONS,
 * public), the round's responses and the response rate (both through disclosure control: "c" when
 * hidden) and whether the cell is flagged as under-represented.
 */
public final class CoverageRows {

    private CoverageRows() {
    }

    public static Spreadsheet spreadsheet(PopulationCoverage c) {
        List<String> header = List.of("industry_code", "industry", "size_band", "businesses", "responses",
                "response_rate_percent", "under_represented", "sic_sections", "note");
        List<List<Object>> rows = new ArrayList<>();
        for (PopulationCoverageCell cell : c.cells()) {
            rows.add(List.of(cell.industryKey(), cell.industryLabel(), cell.sizeBand(), Spreadsheet.decimal(cell.businesses()),
                    value(cell.responses(), 1), value(cell.responseRate(), 100), cell.underRepresented() ? "yes" : "no",
                    String.join(" ", cell.sicSections()), note(cell)));
        }
        rows.add(List.of("", "All", "", Spreadsheet.decimal(c.businesses()), value(c.responses(), 1),
                value(c.overallRate(), 100), "", "", ""));
        List<List<String>> about = new ArrayList<>(List.of(
                List.of("Table", "Responses against businesses by industry and size band"),
                List.of("Survey round", String.valueOf(c.roundId())),
                List.of("LSIP area", c.lsipCode()),
                List.of("Local authority", c.ladCode() == null ? "the whole area" : c.ladCode())));
        if (c.population() != null) {
            about.add(List.of("Business population", c.population().unit().noun() + ", " + c.population().year()
                    + ", file " + c.population().fileName() + " (ONS UK Business Counts via Nomis; Open Government Licence v3.0)"));
        }
        about.add(List.of("Industries", c.mapping()));
        about.add(List.of("Under-represented", PopulationCoverage.RULE));
        about.add(List.of("Not in any cell", c.unclassified() + " responses give no industry or size band"));
        about.add(List.of("Disclosure control", "c = suppressed so that no organisation's answers can be worked out."));
        return new Spreadsheet(header, rows, about, false);
    }

    private static Object value(Figure f, double scale) {
        return f.suppressed() || f.value() == null ? Figure.SUPPRESSED_MARK : Spreadsheet.decimal(f.value() * scale);
    }

    private static String note(PopulationCoverageCell cell) {
        if (cell.businesses() == 0) {
            return "No businesses in this cell.";
        }
        return FigureFormat.note(cell.responses());
    }
}
