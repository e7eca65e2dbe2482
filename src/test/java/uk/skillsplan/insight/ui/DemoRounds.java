package uk.skillsplan.insight.ui;

import uk.skillsplan.insight.AnalysableRound;
import uk.skillsplan.insight.InsightService;
import uk.skillsplan.testing.SurveyTestData;

/**
 * The demo data's employer round of an area, with its synthetic responses. Tests name it in the
 * address: other tests open newer rounds with a single response, which would otherwise be the default.
 */
final class DemoRounds {

    static final String EMPLOYER_ROUND = "Employer skills survey 2026";

    private DemoRounds() {
    }

    static AnalysableRound employerRound(SurveyTestData data, InsightService insight, String erbLead, String area) {
        return data.as(erbLead, () -> insight.rounds(area).stream().filter(r -> r.name().equals(EMPLOYER_ROUND))
                .findFirst().orElseThrow(() -> new AssertionError("The demo data has no " + EMPLOYER_ROUND + " in " + area)));
    }
}
