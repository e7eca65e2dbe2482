package uk.skillsplan.insight;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.springframework.stereotype.Service;
import uk.skillsplan.base.Spreadsheet;
import uk.skillsplan.insight.export.ComparisonRows;
import uk.skillsplan.insight.export.CoverageRows;
import uk.skillsplan.insight.export.DemandProvisionRows;
import uk.skillsplan.insight.export.FigureTableCsv;
import uk.skillsplan.insight.export.FigureTableXlsx;
import uk.skillsplan.security.SignedIn;

/**
 * Downloads of the insight pages' tables as CSV or Excel: a dashboard table, demand against provision,
 * coverage of the business population, and "how you compare". Each download asks the same service as
 * the screen ({@link InsightService}, {@link DemandProvisionService}, {@link PopulationCoverageService}),
 * so it passes the same access check and the same disclosure control: a suppressed figure is written as
 * "c" with its reason, never as a number.
 */
@Service
public class InsightExportService {

    public static final String CSV_TYPE = Spreadsheet.CSV_TYPE;
    public static final String XLSX_TYPE = Spreadsheet.XLSX_TYPE;

    /** The two ways a table is downloaded. */
    public enum Format {
        CSV("csv", CSV_TYPE), XLSX("xlsx", XLSX_TYPE);

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }

    private final InsightService insight;
    private final DemandProvisionService demand;
    private final PopulationCoverageService coverage;

    InsightExportService(InsightService insight, DemandProvisionService demand, PopulationCoverageService coverage) {
        this.insight = insight;
        this.demand = demand;
        this.coverage = coverage;
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

    /** Demand against provision by subject area ({@link DemandProvisionService#gaps}), with the approximation said. */
    @SignedIn
    public void exportGaps(GapQuery query, Format format, OutputStream out) throws IOException {
        write(DemandProvisionRows.spreadsheet(demand.gaps(query)), format, out);
    }

    /** The round's coverage of the business population ({@link PopulationCoverageService#coverage}), cell by cell. */
    @SignedIn
    public void exportCoverage(long roundId, String ladCode, Format format, OutputStream out) throws IOException {
        write(CoverageRows.spreadsheet(coverage.coverage(roundId, ladCode)), format, out);
    }

    /** The signed-in organisation's "how you compare" ({@link InsightService#howYouCompare}). */
    @SignedIn
    public void exportComparison(long roundId, Format format, OutputStream out) throws IOException {
        List<Comparison> comparisons = insight.howYouCompare(roundId);
        write(ComparisonRows.spreadsheet(roundId, comparisons), format, out);
    }

    private static void write(Spreadsheet sheet, Format format, OutputStream out) throws IOException {
        if (format == Format.XLSX) {
            sheet.writeXlsx(out);
        } else {
            sheet.writeCsv(out);
        }
    }

    /** A file name for the table, from the metric's code and the breakdown (no user text in it). */
    public static String fileName(MetricQuery query, Breakdown by, String extension) {
        String weighting = query.weighting() == Weighting.WEIGHTED ? "-weighted" : "";
        return (query.metric() + "-by-" + by.name()).toLowerCase().replace('_', '-') + weighting + "." + extension;
    }
}
