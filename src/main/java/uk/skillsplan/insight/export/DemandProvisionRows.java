package uk.skillsplan.insight.export;

import java.util.ArrayList;
import java.util.List;
import uk.skillsplan.base.Spreadsheet;
import uk.skillsplan.insight.DemandProvisionGaps;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.GapQuery;
import uk.skillsplan.insight.SubjectGap;

/**
 * The demand and provision table as downloaded: one row per sector subject area with both sides'
 * disclosure-controlled figures, their shares and the gap indices, "c" where a figure is hidden, and
 * the approximation and the sources said beside it.
 */
public final class DemandProvisionRows {

    private DemandProvisionRows() {
    }

    public static Spreadsheet spreadsheet(DemandProvisionGaps g) {
        List<String> header = List.of("subject_area_code", "subject_area", "demand", "demand_share_percent",
                "filled_places", "places_share_percent", "gap_index_places", "dfe_achievements",
                "achievements_share_percent", "gap_index_dfe", "your_offer", "note");
        List<List<Object>> rows = new ArrayList<>();
        for (SubjectGap r : g.rows()) {
            rows.add(List.of(r.ssaCode(), r.ssaName(), value(r.demand()), share(r.demandShare(), r.demand()),
                    value(r.places()), share(r.placesShare(), r.places()), gap(r.gapPlaces()), value(r.achievements()),
                    share(r.achievementsShare(), r.achievements()), gap(r.gapAchievements()), r.yourOffer() ? "yes" : "no",
                    note(r)));
        }
        rows.add(List.of("", "All subject areas", value(g.demandTotal()), "", value(g.placesTotal()), "", "",
                value(g.achievementsTotal()), "", "", "", ""));
        GapQuery q = g.query();
        List<List<String>> about = List.of(
                List.of("Table", "Demand against provision by sector subject area (tier 1)"),
                List.of("LSIP area", q.lsipCode()),
                List.of("Employer survey round", String.valueOf(q.employerRound())),
                List.of("Demand", q.measure().label()),
                List.of("Provider survey round", q.providerRound() == null ? "none" : String.valueOf(q.providerRound())),
                List.of("DfE achievements", g.provisionYear() == null ? "none" : "academic year " + g.provisionYear()),
                List.of("Approximation", DemandProvisionGaps.APPROXIMATION),
                List.of("Gap index", "The subject area's share of demand less its share of provision, in percentage "
                        + "points; shown only where both sides are."),
                List.of("Source of achievements", "Department for Education, Further education and skills statistics; "
                        + "Open Government Licence v3.0."),
                List.of("Disclosure control", "c = suppressed so that no organisation's answers can be worked out; "
                        + "a DfE figure marked + in the note is at least this (some districts were suppressed)."));
        return new Spreadsheet(header, rows, about, true);
    }

    /** The notes of a row: why a side is hidden, a caution, a lower bound. */
    public static String note(SubjectGap r) {
        List<String> notes = new ArrayList<>();
        for (Figure f : new Figure[]{r.demand(), r.places(), r.achievements()}) {
            if (f != null && f.suppressed() && !notes.contains(f.suppression().explanation())) {
                notes.add(f.suppression().explanation());
            }
        }
        if (r.demand().caution() || r.places() != null && r.places().caution()) {
            notes.add(FigureFormat.CAUTION);
        }
        if (r.achievementsIncomplete()) {
            notes.add("DfE achievements: at least this (some districts below 5 or suppressed).");
        }
        return String.join(" ", notes);
    }

    private static Object value(Figure f) {
        if (f == null) {
            return "";
        }
        return f.suppressed() || f.value() == null ? Figure.SUPPRESSED_MARK : Spreadsheet.decimal(f.value());
    }

    private static Object share(Double share, Figure f) {
        if (f == null) {
            return "";
        }
        return share == null ? Figure.SUPPRESSED_MARK : Spreadsheet.decimal(share * 100);
    }

    private static Object gap(Double gap) {
        return gap == null ? "" : Spreadsheet.decimal(gap * 100);
    }
}
