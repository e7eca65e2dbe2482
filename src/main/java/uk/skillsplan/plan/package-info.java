/** The Local Skills Improvement Plan of an area and cycle: sections in Markdown with every version kept, a draft generated from the evidence with every figure linked to its stored query, joint sign-off, publication, DOCX and PDF. */
@ApplicationModule(displayName = "Plan", allowedDependencies = {"base", "base :: ui", "security", "directory", "survey", "response", "insight"})
package uk.skillsplan.plan;

import org.springframework.modulith.ApplicationModule;
