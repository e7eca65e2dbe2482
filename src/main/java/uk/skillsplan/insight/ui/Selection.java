package uk.skillsplan.insight.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.skillsplan.insight.AnalysableRound;
import uk.skillsplan.insight.InsightFilter;
import uk.skillsplan.insight.MetricQuery;

/**
 * What a dashboard shows, as it stands in the address bar (so a view can be bookmarked and shared):
 * the area, the round and the filters. Values are codes, checked by {@link SelectionReader}.
 *
 * @param area the LSIP area's code
 * @param round the round analysed, or {@code null} when the area has none yet
 * @param by the metric a drill-down table compares places by, or {@code null} for the default
 */
record Selection(String area, AnalysableRound round, InsightFilter filter, String by) {

    static final String AREA = "area";
    static final String ROUND = "round";
    static final String LAD = "lad";
    static final String SIC = "sic";
    static final String SIZE = "size";
    static final String SOC = "soc";
    static final String BY = "by";

    MetricQuery query(String metric) {
        return MetricQuery.of(metric, round.id(), area).withFilter(filter);
    }

    Selection withFilter(InsightFilter other) {
        return new Selection(area, round, other, by);
    }

    /** The address parameters of this selection; {@code withArea} for administrators, who choose the area. */
    QueryParameters parameters(boolean withArea) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        if (withArea && area != null) {
            values.put(AREA, List.of(area));
        }
        if (round != null) {
            values.put(ROUND, List.of(String.valueOf(round.id())));
        }
        put(values, LAD, filter.ladCode());
        put(values, SIC, filter.sicSection());
        put(values, SIZE, filter.sizeBand());
        put(values, SOC, filter.socMajor() == null ? null : String.valueOf(filter.socMajor()));
        put(values, BY, by);
        return new QueryParameters(values);
    }

    /** A relative address of {@code route} with this selection's parameters. */
    String link(String route, boolean withArea) {
        String query = parameters(withArea).getQueryString();
        return query.isEmpty() ? route : route + "?" + query;
    }

    private static void put(Map<String, List<String>> values, String name, String value) {
        if (value != null) {
            values.put(name, List.of(value));
        }
    }
}
