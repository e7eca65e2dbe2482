package uk.skillsplan.insight;

import java.io.IOException;
import java.io.OutputStream;
import org.springframework.stereotype.Service;
import uk.skillsplan.insight.export.FigureTableCsv;
import uk.skillsplan.insight.export.FigureTableXlsx;
import uk.skillsplan.security.SignedIn;

/**
 * Downloads of a dashboard table as CSV or Excel. The numbers come from {@link InsightService#table},
 * so a download passes the same access check and the same disclosure control as the screen: a
 * suppressed figure is written as "c" with its reason, never as a number.
 */
@Service
public class InsightExportService {

    public static final String CSV_TYPE = "text/csv";
    public static final String XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final InsightService insight;

    InsightExportService(InsightService insight) {
        this.insight = insight;
    }

    /** Writes the table of {@code query} broken down {@code by} as CSV (UTF-8 with a byte order mark) to {@code out}, left open. */
    @SignedIn
    public void exportCsv(MetricQuery query, Breakdown by, OutputStream out) throws IOException {
        FigureTable table = insight.table(query, by);
        FigureTableCsv.write(insight.metric(query.metric()), table, out);
    }

    /** Writes the same table as an Excel workbook (sheet "Figures", then "About") to {@code out}, left open. */
    @SignedIn
    public void exportXlsx(MetricQuery query, Breakdown by, OutputStream out) throws IOException {
        FigureTable table = insight.table(query, by);
        FigureTableXlsx.write(insight.metric(query.metric()), table, out);
    }

    /**
     * Writes the table unweighted and weighted side by side as CSV: the same cells hidden in both (disclosure
     * control decides on the unweighted contributions), the weighted columns with n_eff and design effect.
     */
    @SignedIn
    public void exportCsvSideBySide(MetricQuery query, Breakdown by, OutputStream out) throws IOException {
        FigureTableCsv.write(insight.metric(query.metric()), insight.table(query.withWeighting(Weighting.UNWEIGHTED), by),
                insight.table(query.withWeighting(Weighting.WEIGHTED), by), out);
    }

    /** The same side-by-side table as an Excel workbook. */
    @SignedIn
    public void exportXlsxSideBySide(MetricQuery query, Breakdown by, OutputStream out) throws IOException {
        FigureTableXlsx.write(insight.metric(query.metric()), insight.table(query.withWeighting(Weighting.UNWEIGHTED), by),
                insight.table(query.withWeighting(Weighting.WEIGHTED), by), out);
    }

    /** A file name for the table, from the metric's code and the breakdown (no user text in it). */
    public static String fileName(MetricQuery query, Breakdown by, String extension) {
        String weighting = query.weighting() == Weighting.WEIGHTED ? "-weighted" : "";
        return (query.metric() + "-by-" + by.name()).toLowerCase().replace('_', '-') + weighting + "." + extension;
    }
}
