package uk.skillsplan.plan;

import java.util.ArrayList;
import java.util.List;
import uk.skillsplan.insight.Figure;
import uk.skillsplan.insight.MetricQuery;
import uk.skillsplan.insight.PopulationCoverage;
import uk.skillsplan.insight.PopulationCoverageCell;
import uk.skillsplan.insight.PopulationImportSummary;
import uk.skillsplan.insight.Suppression;

/**
 * A fixed coverage table for tests: 2,100 businesses in construction and care by size band, with
 * micro construction under-represented. Test code may build figures; the application cannot.
 */
public final class FixedCoverage {

    private FixedCoverage() {
    }

    /** Population import 41 of the area: ONS UK Business Counts 2025, 2,100 businesses. */
    public static PopulationImportSummary population(String lsipCode) {
        return new PopulationImportSummary(41, lsipCode, uk.skillsplan.insight.PopulationUnit.values()[0], 2025,
                java.time.LocalDate.of(2025, 10, 1), uk.skillsplan.insight.PopulationIndustryScheme.values()[0], false,
                "ukbc.csv", 5, 2, 2100, FixedEvidence.COMPUTED, "ERB lead");
    }

    /** The area's evidence rests on {@link #population}, with the coverage below. */
    public static void use(FixedEvidence evidence, String lsipCode) {
        PopulationImportSummary population = population(lsipCode);
        evidence.population(population, of(lsipCode, population));
    }

    public static PopulationCoverage of(String lsipCode, PopulationImportSummary population) {
        MetricQuery query = MetricQuery.of("COVERAGE_RESPONSES", 7, lsipCode);
        List<PopulationCoverageCell> cells = new ArrayList<>();
        long[][] businesses = {{1000, 100, 20, 10}, {800, 100, 60, 10}};
        String[][] industries = {{"F", "Construction"}, {"Q", "Human health and social work"}};
        String[] bands = {"micro", "small", "medium", "large"};
        for (int i = 0; i < 2; i++) {
            for (int b = 0; b < 4; b++) {
                boolean flagged = i == 0 && b == 0;
                Figure responses = flagged ? new Figure(query, 5.0, null, 5, null, true, FixedEvidence.COMPUTED)
                        : new Figure(query, null, Suppression.TOO_FEW_RESPONSES, 0, null, false, FixedEvidence.COMPUTED);
                Figure rate = flagged ? new Figure(query, 0.005, null, 5, null, true, FixedEvidence.COMPUTED) : responses;
                cells.add(new PopulationCoverageCell(industries[i][0], industries[i][1], bands[b], businesses[i][b],
                        responses, rate, flagged, List.of(industries[i][0])));
            }
        }
        Figure all = new Figure(query, 125.0, null, 125, null, false, FixedEvidence.COMPUTED);
        return new PopulationCoverage(7, lsipCode, null, population, "SIC sections", cells, 2100, all, all, 0);
    }
}
