/** Questionnaires (sections, questions with stable codes, immutable published versions) and survey rounds per area. */
@ApplicationModule(displayName = "Survey")
package uk.skillsplan.survey;

import org.springframework.modulith.ApplicationModule;
