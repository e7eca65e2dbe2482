/** Questionnaires (sections, questions with stable codes, immutable published versions), survey rounds per area and their audience (RoundAudience, the published round_audience view). Publishes RoundClosed and RoundExtended. */
@ApplicationModule(displayName = "Survey", allowedDependencies = {"base", "base :: ui", "security", "directory"})
package uk.skillsplan.survey;

import org.springframework.modulith.ApplicationModule;
