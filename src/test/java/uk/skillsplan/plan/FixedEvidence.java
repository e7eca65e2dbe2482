package uk.skillsplan.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.skillsplan.base.NotFoundException;
import uk.skillsplan.insight.AnalysableRound;
import uk.skillsplan.insight.BaseUnit;
import uk.skillsplan.insight.Benchmark;
import uk.skillsplan.insight.Breakdown;
import uk.skillsplan.insight.Comparison;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.FigureRow;
import uk.skillsplan.insight.FigureTable;
import uk.skillsplan.insight.InsightService;
import uk.skillsplan.insight.Metric;
import uk.skillsplan.insight.MetricKind;
import uk.skillsplan.insight.MetricQuery;
import uk.skillsplan.insight.Suppression;

/**
 * Fixed evidence for tests of the plan: a small catalogue and set figures per metric and sector
 * ({@code null} sector for the whole area), changeable to show "evidence changed". Test code may
 * build figures; the application cannot.
 */
public class FixedEvidence implements InsightService, uk.skillsplan.plan.domain.ImportedEvidence {

    public static final Instant COMPUTED = Instant.parse("2026-11-01T09:00:00Z");
    public static final Map<String, String> SECTORS = Map.of("C", "Manufacturing", "F", "Construction",
            "G", "Wholesale and retail", "Q", "Health and social work", "I", "Accommodation and food",
            "P", "Education", "M", "Professional services");

    /** value, base, caution; value null = suppressed. */
    public record Cell(Double value, int base, boolean caution) {
    }

    private final List<Metric> catalogue = List.of(
            metric("SSV_VOLUME", "Skill-shortage vacancies", MetricKind.VOLUME, false, BaseUnit.ESTABLISHMENTS),
            metric("SSV_DENSITY", "Skill-shortage vacancy density", MetricKind.RATIO, true, BaseUnit.VACANCIES),
            metric("SKILLS_GAP_DENSITY", "Skills-gap density", MetricKind.RATIO, true, BaseUnit.EMPLOYMENT),
            metric("TRAINING_INCIDENCE", "Training incidence", MetricKind.INCIDENCE, true, BaseUnit.ESTABLISHMENTS),
            metric("INSECURITY_SCORE", "Insecure work score", MetricKind.MEAN, false, BaseUnit.ESTABLISHMENTS),
            metric("VACANCY_INCIDENCE", "Establishments with vacancies", MetricKind.INCIDENCE, true, BaseUnit.ESTABLISHMENTS));
    private final Map<String, Cell> cells = new HashMap<>();
    /** The 95% interval of a cell ({@code metric|sic}), where a test sets one; none by default. */
    private final Map<String, uk.skillsplan.insight.Interval> intervals = new HashMap<>();
    private final List<AnalysableRound> rounds = new ArrayList<>();
    private final List<uk.skillsplan.insight.PopulationImportSummary> populations = new ArrayList<>();
    private uk.skillsplan.insight.PopulationCoverage coverage;
    /** Why weighted figures are refused ({@code null}: they are computed like unweighted ones). */
    private String weightedRefusal = "Weighted figures need the area's business population: no business population "
            + "has been imported yet.";

    public FixedEvidence() {
        reset();
    }

    /** The standard evidence: construction ranks first, care second; manufacturing's density is hidden. */
    public void reset() {
        cells.clear();
        intervals.clear();
        populations.clear();
        coverage = null;
        weightedRefusal = "Weighted figures need the area's business population: no business population "
                + "has been imported yet.";
        set("SSV_VOLUME", null, 400.0, 150, false);
        set("SSV_DENSITY", null, 0.27, 150, false);
        set("SKILLS_GAP_DENSITY", null, 0.05, 150, false);
        set("TRAINING_INCIDENCE", null, 0.6, 150, false);
        set("INSECURITY_SCORE", null, 2.0, 150, false);
        set("VACANCY_INCIDENCE", null, 0.5, 150, false);
        sector("F", 120, 0.45, 0.08, 0.40, 3.0, 40);
        sector("Q", 100, 0.35, 0.06, 0.70, 3.5, 35);
        sector("G", 60, 0.20, 0.04, 0.55, 2.5, 25);
        sector("I", 50, 0.30, 0.05, 0.45, 4.0, 20);
        sector("M", 20, 0.10, 0.02, 0.80, 1.0, 15);
        sector("P", 10, 0.05, 0.01, 0.90, 1.0, 10);
        sector("C", 40, null, 0.03, 0.65, 2.0, 10);
        // The hidden manufacturing density would read "99%" if it ever leaked into the text.
        cells.put("SSV_DENSITY|C|hiddenvalue", new Cell(0.99, 0, false));
    }

    /** A sector's value when one size band is left out (otherwise its value stands). */
    public void setWithout(String band, String metric, String sic, Double value, int base) {
        cells.put(metric + "|" + sic + "|-" + band, new Cell(value, base, base < 30));
    }

    /** Responding employers of a size band (the base of VACANCY_INCIDENCE by size band). */
    public void setSizeBand(String band, Integer base) {
        cells.put("VACANCY_INCIDENCE|size=" + band, base == null ? new Cell(null, 0, false) : new Cell(0.5, base, base < 30));
    }

    /** Weighted figures are computed (as if the population had been imported). */
    public void allowWeighted() {
        weightedRefusal = null;
    }

    public void population(uk.skillsplan.insight.PopulationImportSummary imported, uk.skillsplan.insight.PopulationCoverage covered) {
        populations.clear();
        populations.add(imported);
        coverage = covered;
    }

    @Override
    public List<uk.skillsplan.insight.PopulationImportSummary> populations(String lsipCode) {
        return populations.stream().filter(p -> p.lsipCode().equals(lsipCode)).toList();
    }

    @Override
    public List<uk.skillsplan.insight.ProvisionImportSummary> provisions(String lsipCode) {
        return List.of();
    }

    @Override
    public uk.skillsplan.insight.PopulationCoverage coverage(long roundId, long populationImportId) {
        if (coverage == null) {
            throw new NotFoundException("There is no population import " + populationImportId + ".");
        }
        return coverage;
    }

    /** Gives the whole-area or sector figure of a metric a 95% interval (Wilson, say) from now on. */
    public void setInterval(String metric, String sic, double lower, double upper) {
        intervals.put(metric + "|" + sic, new uk.skillsplan.insight.Interval(lower, upper, "Wilson"));
    }

    public void set(String metric, String sic, Double value, int base, boolean caution) {
        cells.put(metric + "|" + sic, new Cell(value, base, caution));
    }

    private void sector(String sic, double ssv, Double density, double gap, double training, double insecurity, int base) {
        set("SSV_VOLUME", sic, ssv, base, base < 30);
        set("SSV_DENSITY", sic, density, base, base < 30);
        set("SKILLS_GAP_DENSITY", sic, gap, base, base < 30);
        set("TRAINING_INCIDENCE", sic, training, base, base < 30);
        set("INSECURITY_SCORE", sic, insecurity, base, base < 30);
        set("VACANCY_INCIDENCE", sic, 0.5, base, base < 30);
    }

    public void rounds(AnalysableRound... available) {
        rounds.clear();
        rounds.addAll(List.of(available));
    }

    public static AnalysableRound round(long id, String lsipCode) {
        return new AnalysableRound(id, "Employer survey 2026", lsipCode, "EMPLOYER", LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 10, 31));
    }

    @Override
    public List<Metric> catalogue() {
        return catalogue;
    }

    @Override
    public Metric metric(String code) {
        return catalogue.stream().filter(m -> m.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("No metric " + code));
    }

    @Override
    public List<AnalysableRound> rounds(String lsipCode) {
        return rounds.stream().filter(r -> r.lsipCode().equals(lsipCode)).toList();
    }

    @Override
    public Figure figure(MetricQuery query) {
        metric(query.metric());
        if (query.weighting() == uk.skillsplan.insight.Weighting.WEIGHTED && weightedRefusal != null) {
            throw new NotFoundException(weightedRefusal);
        }
        String key = query.metric() + "|" + query.filter().sicSection();
        Cell cell = query.filter().sizeBand() != null ? cells.get(query.metric() + "|size=" + query.filter().sizeBand())
                : cells.getOrDefault(key + "|-" + query.filter().exceptSizeBand(), cells.get(key));
        if (cell == null) {
            return new Figure(query, null, Suppression.TOO_FEW_RESPONSES, 0, null, false, COMPUTED);
        }
        return cell.value() == null ? new Figure(query, null, Suppression.DOMINATED, 0, null, false, COMPUTED)
                : new Figure(query, cell.value(), null, cell.base(),
                        query.filter().sizeBand() == null && query.filter().exceptSizeBand() == null ? intervals.get(key) : null,
                        cell.caution(), COMPUTED);
    }

    @Override
    public FigureTable table(MetricQuery query, Breakdown by) {
        if (by == Breakdown.SIZE_BAND) {
            List<FigureRow> rows = java.util.Arrays.stream(uk.skillsplan.directory.SizeBand.values())
                    .filter(b -> cells.containsKey(query.metric() + "|size=" + b.code()))
                    .map(b -> new FigureRow(b.code(), b.label(), figure(query.withFilter(query.filter().withSizeBand(b.code())))))
                    .toList();
            return new FigureTable(query, by, rows, figure(query));
        }
        if (by != Breakdown.SIC_SECTION) {
            return new FigureTable(query, by, List.of(), figure(query));
        }
        List<FigureRow> rows = SECTORS.keySet().stream().sorted().map(sic -> new FigureRow(sic, SECTORS.get(sic),
                figure(query.withFilter(query.filter().withSicSection(sic))))).toList();
        return new FigureTable(query, by, rows, figure(query));
    }

    @Override
    public Optional<Benchmark> benchmark(String metricCode) {
        return Optional.empty();
    }

    @Override
    public List<Comparison> howYouCompare(long roundId) {
        return List.of();
    }

    private static Metric metric(String code, String name, MetricKind kind, boolean percent, BaseUnit base) {
        return new Metric(code, name, name + ".", "numerator", percent ? "denominator" : "", base, kind, percent, List.of(),
                "EMPLOYER", null, null);
    }
}
