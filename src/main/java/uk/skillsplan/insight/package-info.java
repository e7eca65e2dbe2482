/** Evidence from the submitted answers: the metric catalogue, aggregation in SQL, disclosure control (the one step that makes a {@link uk.skillsplan.insight.Figure}), the business population and provision data, coverage and weights, demand against provision by subject area, dashboards and their exports. */
@ApplicationModule(displayName = "Insight", allowedDependencies = {"base", "base :: ui", "security", "directory", "survey", "response"})
package uk.skillsplan.insight;

import org.springframework.modulith.ApplicationModule;
