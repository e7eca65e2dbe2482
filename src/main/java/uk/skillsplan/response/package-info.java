/** Responses and their answers: answering (drafts, validation, submission, history), transfer (import, export, codebook) and progress (counts, chase list). Publishes ResponseSubmitted and ResponseAmended, and the read model of submitted answers (submitted_response, submitted_answer; docs/read-models.md). */
@ApplicationModule(displayName = "Response", allowedDependencies = {"base", "base :: ui", "security", "directory", "survey"})
package uk.skillsplan.response;

import org.springframework.modulith.ApplicationModule;
