package uk.skillsplan.insight.ui;

import uk.skillsplan.insight.AnalysableRound;
import uk.skillsplan.insight.InsightService;
import uk.skillsplan.testing.SurveyTestData;

/**
 * Helpers of the dashboard tests. The demo data's employer round of an area, with its synthetic responses. Tests name it in the
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

    /** Opens an address with its query string, as a bookmark would. */
    static void go(String address) {
        int q = address.indexOf('?');
        com.vaadin.flow.component.UI.getCurrent().navigate(q < 0 ? address : address.substring(0, q),
                com.vaadin.flow.router.QueryParameters.fromString(q < 0 ? "" : address.substring(q + 1)));
    }
}
