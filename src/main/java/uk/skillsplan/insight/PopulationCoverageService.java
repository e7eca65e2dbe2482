package uk.skillsplan.insight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.skillsplan.directory.SizeBand;
import uk.skillsplan.insight.disclosure.DisclosureControl;
import uk.skillsplan.insight.disclosure.RawCell;
import uk.skillsplan.insight.population.CoverageQueries;
import uk.skillsplan.insight.population.IndustryCells;
import uk.skillsplan.insight.population.PopulationStore;
import uk.skillsplan.security.ErbLeadOrAdmin;
import uk.skillsplan.survey.SurveyRoundService;
import uk.skillsplan.survey.SurveyRoundSummary;

/**
 * Coverage of a round's responses against the area's business population (its latest import), by
 * industry x size band, for the area or one local authority. Counts of responses and response rates
 * go through disclosure control (one table per industry, so that a hidden size band cannot be worked
 * out from the industry's total); businesses are ONS's published counts. For the round's ERB lead and
 * administrators.
 */
@Service
@Transactional(readOnly = true)
public class PopulationCoverageService {

    /** Coverage is not a catalogue metric: these describe its two numbers to the disclosure step. */
    static final Metric RESPONSES = new Metric("COVERAGE_RESPONSES", "Responses", "Submitted responses in the cell.",
            "submitted responses", "", BaseUnit.ESTABLISHMENTS, MetricKind.INCIDENCE, false, List.of(), "EMPLOYER", null, null);
    static final Metric RATE = new Metric("COVERAGE_RATE", "Response rate", "Submitted responses per business in the cell.",
            "submitted responses", "businesses (ONS UK Business Counts)", BaseUnit.ESTABLISHMENTS, MetricKind.INCIDENCE, true,
            List.of(), "EMPLOYER", null, null);

    private final SurveyRoundService rounds;
    private final PopulationStore populations;
    private final CoverageQueries queries;
    private final DisclosureControl disclosure;

    PopulationCoverageService(SurveyRoundService rounds, PopulationStore populations, CoverageQueries queries,
                              DisclosureControl disclosure) {
        this.rounds = rounds;
        this.populations = populations;
        this.queries = queries;
        this.disclosure = disclosure;
    }

    /** The round's coverage for its whole area ({@code ladCode} null) or one of its local authorities. */
    @ErbLeadOrAdmin
    public PopulationCoverage coverage(long roundId, String ladCode) {
        SurveyRoundSummary round = rounds.requireManaged(roundId, "Only the ERB lead of the round's area, or an "
                + "administrator, may see its coverage.");
        return coverage(round, ladCode, populations.imports(round.lsipCode()).stream().findFirst().orElse(null));
    }

    /** The round's coverage against one population import of its area ({@code null}: an empty table). */
    PopulationCoverage coverage(SurveyRoundSummary round, String ladCode, PopulationImportSummary population) {
        long roundId = round.id();
        MetricQuery query = new MetricQuery(RESPONSES.code(), List.of(roundId), round.lsipCode(),
                InsightFilter.NONE.withLocalAuthority(ladCode), Weighting.UNWEIGHTED);
        if (population == null) {
            return new PopulationCoverage(roundId, round.lsipCode(), ladCode, null, "", List.of(), 0,
                    figure(query, RESPONSES, 0, null), figure(query.withMetric(RATE.code()), RATE, 0, null), 0);
        }
        PopulationIndustryScheme scheme = population.industryScheme();
        Map<String, String> labels = new TreeMap<>(Comparator.comparing(PopulationCoverageService::order));
        Map<String, Long> businesses = new LinkedHashMap<>();
        for (CoverageQueries.Count c : queries.businesses(population.id(), ladCode)) {
            String cell = IndustryCells.ofPopulation(scheme, c.industry());
            labels.putIfAbsent(cell, cell.equals(IndustryCells.SECTION_G_GROUPS)
                    ? "Motor trades, wholesale and retail (Part G)" : c.industryName());
            businesses.merge(cell + "|" + c.sizeBand(), c.count(), Long::sum);
        }
        Map<String, Long> responses = new LinkedHashMap<>();
        int unclassified = 0;
        for (CoverageQueries.Count c : queries.responses(roundId, round.lsipCode(), ladCode)) {
            String cell = IndustryCells.ofSection(scheme, c.industry());
            if (cell == null || c.sizeBand() == null || !labels.containsKey(cell)) {
                unclassified += (int) c.count();
            } else {
                responses.merge(cell + "|" + c.sizeBand(), c.count(), Long::sum);
            }
        }
        long totalBusinesses = businesses.values().stream().mapToLong(Long::longValue).sum();
        long totalResponses = responses.values().stream().mapToLong(Long::longValue).sum();
        double overall = totalBusinesses == 0 ? 0 : (double) totalResponses / totalBusinesses;
        List<PopulationCoverageCell> cells = new ArrayList<>();
        labels.forEach((industry, label) -> cells.addAll(industryRow(query, scheme, industry, label, businesses, responses, overall)));
        return new PopulationCoverage(roundId, round.lsipCode(), ladCode, population, IndustryCells.mapping(scheme), cells,
                totalBusinesses, figure(query, RESPONSES, totalResponses, (double) totalResponses),
                figure(query.withMetric(RATE.code()), RATE, totalResponses, totalBusinesses == 0 ? null : overall),
                unclassified);
    }

    /** One industry's four size bands, each through disclosure control as a table with the industry's total. */
    private List<PopulationCoverageCell> industryRow(MetricQuery query, PopulationIndustryScheme scheme, String industry, String label,
                                                     Map<String, Long> businesses, Map<String, Long> responses,
                                                     double overall) {
        List<RawCell> counts = new ArrayList<>();
        List<RawCell> rates = new ArrayList<>();
        long industryResponses = 0;
        long industryBusinesses = 0;
        for (SizeBand band : SizeBand.values()) {
            long n = responses.getOrDefault(industry + "|" + band.code(), 0L);
            long b = businesses.getOrDefault(industry + "|" + band.code(), 0L);
            industryResponses += n;
            industryBusinesses += b;
            counts.add(raw(band.code(), band.label(), n, (double) n));
            rates.add(raw(band.code(), band.label(), n, b == 0 ? null : (double) n / b));
        }
        FigureTable countTable = disclosure.table(query, RESPONSES, Breakdown.SIZE_BAND, counts,
                raw(null, label, industryResponses, (double) industryResponses), true, false);
        FigureTable rateTable = disclosure.table(query.withMetric(RATE.code()), RATE, Breakdown.SIZE_BAND, rates,
                raw(null, label, industryResponses, industryBusinesses == 0 ? null : (double) industryResponses / industryBusinesses),
                true, false);
        List<String> sections = IndustryCells.sectionsOf(scheme, industry);
        List<PopulationCoverageCell> row = new ArrayList<>();
        for (int i = 0; i < SizeBand.values().length; i++) {
            SizeBand band = SizeBand.values()[i];
            long b = businesses.getOrDefault(industry + "|" + band.code(), 0L);
            long n = responses.getOrDefault(industry + "|" + band.code(), 0L);
            row.add(new PopulationCoverageCell(industry, label, band.code(), b, countTable.rows().get(i).figure(),
                    rateTable.rows().get(i).figure(), PopulationCoverage.underRepresented(b, n, overall), sections));
        }
        return row;
    }

    private Figure figure(MetricQuery query, Metric metric, long organisations, Double value) {
        return disclosure.figure(query, metric, raw(null, null, organisations, value));
    }

    private static RawCell raw(String key, String label, long organisations, Double value) {
        int n = Math.toIntExact(organisations);
        return new RawCell(key, label, n, n, List.of(), List.of(), value, null);
    }

    /** Groups by number (1, 2, ..., 5-7, ..., 18), sections by letter. */
    private static String order(String industry) {
        String digits = industry.split("-")[0];
        return digits.chars().allMatch(Character::isDigit) ? String.format("%03d", Integer.parseInt(digits)) : industry;
    }

}
