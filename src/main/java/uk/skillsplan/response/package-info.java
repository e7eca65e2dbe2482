/** Responses and their answers: drafts saved as people go, validation, submission, amendment history, import and export. */
@ApplicationModule(displayName = "Response")
package uk.skillsplan.response;

import org.springframework.modulith.ApplicationModule;
